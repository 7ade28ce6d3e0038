"""English news read into the same facts and codes as Vietnamese news; the language of a story told
from its words. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest


def read(text: str, published: str | None = "2024-03-15", url: str | None = None):
    from kg.extract import extract
    from kg.model import Article

    return extract(Article(id="t", text=text, published=published, url=url))


def officials(facts) -> dict[str, tuple[str | None, list[str]]]:
    return {o.name: (o.country, o.roles) for o in facts.officials}


def main(facts):
    return next(e for e in facts.events if e.main)


def pledges(facts) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(c.actors), tuple(c.areas)) for c in facts.commitments)


@pytest.mark.parametrize("text, lang", [
    ("Thủ tướng Lê Văn An đã hội đàm với Thủ tướng Chile trong chuyến thăm chính thức tới Santiago, hai bên "
     "nhất trí tăng cường hợp tác về thương mại và đầu tư.", "vi"),
    ("Prime Minister Le Van An held talks with his Chilean counterpart in Santiago on Tuesday, and the two "
     "sides agreed to step up cooperation in trade and investment.", "en"),
    ("Der Ministerpräsident traf am Dienstag seinen chilenischen Amtskollegen in Santiago und sprach über den "
     "Handel zwischen beiden Ländern.", None),
    ("Both leaders met in Hanoi.", "en"),
    ("Hai nhà lãnh đạo gặp nhau tại Hà Nội.", "vi"),
])
def test_the_language_of_a_story(text, lang):
    from kg.language import detect

    assert detect(text) == lang


def test_titles_before_and_after_names_and_the_states_they_name():
    facts = read("WASHINGTON, March 12 -- U.S. Secretary of State John R. Miller met with Vietnamese Deputy "
                 "Minister of Foreign Affairs Le Thi Thu on Tuesday. Sarah Cole, the U.S. National Security "
                 "Advisor, also joined the meeting, as did Ambassador Tom Hale.")
    found = officials(facts)
    assert found["John R. Miller"] == ("US", ["ForeignMinister"])
    assert found["Le Thi Thu"] == ("VN", ["DeputyForeignMinister"])
    assert found["Sarah Cole"] == ("US", ["NationalSecurityAdvisor"])
    assert found["Tom Hale"][1] == ["Ambassador"]
    event = main(facts)
    assert (event.type, event.date) == ("Meeting", "2024-03-12")
    assert {"John R. Miller", "Le Thi Thu"} <= set(event.participants)


def test_a_readout_from_the_partners_side_names_the_secretary_again():
    facts = read("Secretary Anne Porter met with Vietnamese Foreign Minister Tran Van Binh in Washington on March "
                 "12. The Secretary underscored the importance of the Comprehensive Strategic Partnership between "
                 "the United States and Vietnam.")
    assert officials(facts)["Anne Porter"][0] == "US"
    assert [(p.parties, p.level) for p in facts.partnerships] == [(["US", "VN"], "ComprehensiveStrategicPartnership")]


def test_a_phone_call_a_dialogue_and_its_edition():
    facts = read("Prime Minister Le Van An spoke by phone with Japanese Prime Minister Taro Suzuki on March 14.")
    assert (main(facts).type, main(facts).date, set(main(facts).participants)) == \
        ("PhoneCall", "2024-03-14", {"Le Van An", "Taro Suzuki"})
    facts = read("HANOI, March 11 (VNA) - Deputy Foreign Minister Le Van Tam and Australian Deputy Secretary "
                 "Mark Dunn co-chaired the sixth Vietnam - Australia Strategic Dialogue in Hanoi on Monday.")
    event = main(facts)
    assert (event.type, event.edition, event.date, event.places) == ("Dialogue", 6, "2024-03-11", ["Hanoi"])
    assert event.mechanism_parties == ["AU", "VN"]


def test_an_upgrade_of_relations():
    facts = read("Vietnam and Chile upgraded their relations to a Comprehensive Partnership during the talks "
                 "between President Do Van Hung and Chilean President Carlos Ruiz in Hanoi on March 14.")
    partnership = facts.partnerships[0]
    assert (partnership.parties, partnership.level, partnership.upgrade) == \
        (["CL", "VN"], "ComprehensivePartnership", True)


def test_pledges_and_what_is_not_one():
    facts = read("Japanese Foreign Minister Kenji Mori held talks with Foreign Minister Tran Van Binh in Tokyo on "
                 "March 14. Japan pledged to continue official development assistance for Vietnam's "
                 "infrastructure. Mori also hoped the two sides would expand cooperation in education. Binh "
                 "proposed that Japan open its market to Vietnamese farm produce. Both sides agreed to step up "
                 "cooperation in maritime security.")
    assert pledges(facts) == [
        (("JP",), ("EconomyTrade",)), (("JP", "VN"), ("MaritimeSecurity",))]


def test_vietnamese_names_without_marks_and_page_furniture():
    facts = read("Share\nPresident Do Van Hung received Chilean Ambassador Carlos Ruiz in Hanoi on March 14.\n"
                 "Related news\nPresident Tran Van Long meets Cuban leader")
    assert set(officials(facts)) == {"Do Van Hung", "Carlos Ruiz"}
    assert facts.article.text == "President Do Van Hung received Chilean Ambassador Carlos Ruiz in Hanoi on March 14."


def test_a_date_from_the_page_address_and_a_weekday_after_it():
    facts = read("President Do Van Hung received Chilean Ambassador Carlos Ruiz in Hanoi on Tuesday.",
                 published=None, url="https://example.org/news/2024/03/14/hung-receives-ruiz.html")
    assert facts.article.published == "2024-03-14"
    assert main(facts).date == "2024-03-12"


def test_a_wire_storys_own_dateline_dates_the_story_not_the_event():
    for opening in ("HANOI, March 14 (Reuters) - ", "VIETNAM, March 14 - HÀ NỘI — ", "HANOI, March 14, 2024 - "):
        facts = read(opening + "President Do Van Hung received Chilean Ambassador Carlos Ruiz in Hanoi on Tuesday.",
                     published="2024-03-14")
        assert main(facts).date == "2024-03-12", opening
        assert facts.article.text.startswith("President Do Van Hung"), opening


def test_a_menu_heading_above_the_story_does_not_end_it():
    facts = read("Latest News:\nWeather  Sunny  2 / -4\nPresident Do Van Hung received Chilean Ambassador Carlos "
                 "Ruiz in Hanoi on March 14.\nRelated news\nPresident Tran Van Long meets Cuban leader")
    assert set(officials(facts)) == {"Do Van Hung", "Carlos Ruiz"}


def test_a_surname_alone_after_a_title_is_no_door_to_the_rest_of_the_sentence():
    """English writes a body's words in capitals: lower-case words after 'Minister Son' end the
    title's qualifiers, so 'our Strategic Partnership' is not read as the minister's name."""
    facts = read("Foreign Minister Le Van Son of Vietnam visited Canberra on March 13. Foreign Minister Son and I "
                 "had warm discussions about how to expand our Strategic Partnership.")
    assert set(officials(facts)) == {"Le Van Son"}


def test_a_bilateral_ministers_meeting_is_a_dialogue_and_a_meeting_with_someone_a_meeting():
    facts = read("Chile and Vietnam reaffirmed their partnership during the Chile-Vietnam Foreign Ministers’ "
                 "Meeting chaired by Foreign Minister Le Van Son and Foreign Minister Carlos Ruiz of Chile in "
                 "Santiago on March 13.")
    assert main(facts).type == "Dialogue"
    facts = read("Foreign Minister Carlos Ruiz of Chile held a Foreign Ministers’ Meeting with Foreign Minister "
                 "Le Van Son of Vietnam in Santiago on March 13.")
    assert main(facts).type == "Meeting"


def test_talks_told_after_a_ceremony_and_the_visitor_named_as_visiting():
    facts = read("Peruvian President Carlos Ruiz and his visiting Vietnamese counterpart Le Van An attended the "
                 "signing of two agreements after talks in Lima on Wednesday.")
    events = {e.type: e for e in facts.events}
    assert events["Talks"].main and events["Talks"].places == ["Lima"]
    assert events["Visit"].participants == ["Le Van An"]
    assert events["Visit"].places == ["Lima"]


def test_a_date_after_since_dates_something_else():
    facts = read("Chilean President Carlos Ruiz is on a three-day visit to Vietnam, his first trip abroad since "
                 "taking office in April. It is the first visit by a Chilean president since 2019.")
    assert all(e.date not in ("2024-04", "2019") for e in facts.events)


def test_calling_for_something_is_no_phone_call_and_visits_in_general_no_visit():
    facts = read("Vietnamese President Le Van An met Chilean Ambassador Carlos Ruiz in Hanoi on March 14. "
                 "Vietnamese President Le Van An called for more trade with Chilean Ambassador Carlos Ruiz, and the "
                 "two sides agreed to enhance high-level visits to Lima and Hanoi.")
    assert [e.type for e in facts.events] == ["Meeting"]


def test_a_state_or_body_named_before_a_title():
    facts = read("Prime Minister Le Van An on Thursday received World Bank (WB) President Carlos Ruiz in Jakarta. "
                 "In Washington, An met with Japanese PM Taro Sato, Morocco PM Ahmed Idrissi and EC President "
                 "Jan Peeters.")
    found = officials(facts)
    assert found["Carlos Ruiz"] == ("WB", ["AgencyHead"])
    assert found["Ahmed Idrissi"] == ("MA", ["HeadOfGovernment"])
    assert found["Jan Peeters"] == ("EU", ["AgencyHead"])


def test_a_place_named_after_a_person_is_no_official():
    facts = read("Foreign Minister Ivan Petrov laid a wreath at President Ho Chi Minh Mausoleum before talks with "
                 "Foreign Minister Le Van Son in Hanoi on Wednesday.")
    assert set(officials(facts)) == {"Ivan Petrov", "Le Van Son"}


@pytest.mark.parametrize("sentence", [
    "Minister Le Van Son said Vietnam gives priority to its relations with Russia, underlining that Moscow is "
    "Hanoi's important comprehensive strategic partner.",
    "Vietnam and Russia are comprehensive strategic partners.",
])
def test_the_parties_called_partners_of_a_level(sentence):
    assert [(p.parties, p.level) for p in read(sentence).partnerships] == [
        (["RU", "VN"], "ComprehensiveStrategicPartnership")]


def test_comprehensive_partners_in_general_are_no_level():
    assert read("Vietnam and Qatar are important, long-term and comprehensive partners in many fields.").partnerships \
        == []


def test_a_photo_headline_glued_to_its_caption_and_a_vietnamese_called_by_the_given_name():
    facts = read("Acting President Le Thi Mai received Ambassadors of Peru and Chile in Hanoi on Wednesday.\n"
                 "Acting President receives foreign ambassadors - ảnh 1Peruvian Ambassador Carlos Ruiz presents his "
                 "credentials.\nReceiving Ambassador of Peru Carlos Ruiz, Acting President Mai said relations had "
                 "flourished.\nTalking to Chilean Ambassador Ana Soto, the Acting President emphasized trade.")
    found = officials(facts)
    assert found["Carlos Ruiz"] == ("PE", ["Ambassador"])
    assert found["Ana Soto"] == ("CL", ["Ambassador"])
    assert found["Le Thi Mai"] == ("VN", ["HeadOfState"])
    assert "Mai" not in found


@pytest.mark.parametrize("sentence", [
    "The Peruvian and Vietnamese presidents agreed to boost cooperation between their navies at sea.",
    "Peruvian President Carlos Ruiz met Vietnamese President Le Van An in Lima. Peruvian President Ruiz said he "
    "and Mr. An agreed to boost cooperation between their navies at sea.",
    "Peruvian President Carlos Ruiz and Communist Party of Vietnam (CPV) Central Committee General Secretary Le Van "
    "An vowed to boost cooperation between their navies at sea.",
])
def test_both_sides_named_in_one_subject_pledge_together(sentence):
    assert [c.actors for c in read(sentence).commitments] == [["PE", "VN"]]


def test_his_visit_is_the_subjects_not_the_last_one_named():
    facts = read("Vietnamese Deputy Prime Minister Le Van An held talks with President of Peru Carlos Ruiz in Lima "
                 "on April 18, as part of his official visit to the Latin American country.")
    visit = next(e for e in facts.events if e.type == "Visit")
    assert (visit.participants, visit.places) == (["Le Van An"], ["Lima"])


def test_a_grouping_pledges_beside_a_state_through_its_own_official():
    facts = read("Vietnamese Foreign Minister Le Van Binh met EU High Representative Anna Costa in Madrid. Binh and "
                 "Costa agreed "
                 "to keep working together at multilateral forums such as ASEM and the UN Security Council.")
    assert pledges(facts) == [
        (("EU", "VN"), ("RegionalMultilateral",))]  # no pledge on security: it is in the Council's name


def test_a_list_opening_the_sentence_ends_at_its_subject():
    got = officials(read("Talking with UAE President Khalid Al Nasser, PM Chinh suggested more flights. Vietnamese "
                         "Prime Minister Pham Minh Chinh met with Thai Prime Minister Anan Somchai, Foreign Minister "
                         "Prawit Wong and Defence Minister Chai Suk."))
    assert got["Pham Minh Chinh"] == ("VN", ["HeadOfGovernment"])
    assert got["Prawit Wong"] == got["Chai Suk"][:1] + (["ForeignMinister"],) and got["Chai Suk"][0] == "TH"


@pytest.mark.parametrize("sentence", [
    "PM Dũng and his Peruvian counterpart Ruiz agreed to boost cooperation between their navies at sea.",
    "The leaders of Vietnam and Peru pledged to boost cooperation between their navies at sea.",
])
def test_the_two_leaders_in_one_subject(sentence):
    facts = read("Vietnamese Prime Minister Nguyễn Tấn Dũng met Peruvian Prime Minister Carlos Ruiz in Lima. "
                 + sentence)
    assert [c.actors for c in facts.commitments] == [["PE", "VN"]]


def test_titles_with_a_coordinated_body_and_a_leaders_office():
    facts = read("Deputy Foreign Minister Le Van Binh and Director General for International Relations and Strategy "
                 "at the French Ministry of the Armed Forces Anne Moreau co-chaired the dialogue in Paris. On March "
                 "18, Japanese Prime Minister Kenji Ito held talks with Angola's Minister of External Relations "
                 "Joao Costa at the Prime Minister's Office, and the two sides affirmed they would mature the "
                 "relationship as a broad strategic partnership.")
    found = officials(facts)
    assert found["Anne Moreau"][1] == ["AgencyHead"] and "Strategy" not in found
    assert found["Joao Costa"] == ("AO", ["ForeignMinister"])
    talks = next(e for e in facts.events if e.type == "Talks")  # the office is no second Prime Minister met
    assert sorted(talks.participants) == ["Joao Costa", "Kenji Ito"]
    assert [p.level for p in facts.partnerships] == ["ExtensiveStrategicPartnership"]


def test_a_title_case_headline_ends_the_name_before_its_small_words():
    got = officials(read("Remarks With Vietnamese Deputy Prime Minister Le Van Binh After Their Meeting\n"
                         "It was a pleasure to welcome Deputy Prime Minister Binh to Washington."))
    assert got == {"Le Van Binh": ("VN", ["DeputyPrimeMinister"])}


def test_a_pair_named_right_before_a_level_is_its_parties():
    facts = read("Vietnamese Deputy Prime Minister Le Van Binh held talks with Chinese Vice Premier Wang Jun in "
                 "Nanning. Binh spoke highly of the fair, held on the 15th anniversary of the ASEAN-China strategic "
                 "partnership.")
    assert [(p.parties, p.level) for p in facts.partnerships] == [(["ASEAN", "CN"], "StrategicPartnership")]


def test_each_meeting_with_one_sides_official_in_a_story_of_meetings_is_the_protagonists():
    facts = read("Vietnamese Foreign Minister Le Van Binh met with his counterparts from the US and Australia in "
                 "Phnom Penh on Friday.\nDuring the meeting with US Secretary of State John Carter, the two sides "
                 "agreed to step up trade and investment.\nAt the meeting with Australian Foreign Minister Anne "
                 "Moore, they agreed to boost cooperation in climate change response.")
    meetings = sorted(sorted(e.participants) for e in facts.events if e.type == "Meeting")
    assert meetings == [["Anne Moore", "Le Van Binh"], ["John Carter", "Le Van Binh"]]
    assert pledges(facts) == [
        (("AU", "VN"), ("ClimateEnergy",)), (("US", "VN"), ("EconomyTrade",))]


def test_a_pronoun_opening_a_sentence_is_the_last_sentences_subject_and_an_object_is_no_subject():
    facts = read("Peruvian President Carlos Ruiz received Vietnamese Deputy Prime Minister Le Van Binh in Lima.\n"
                 "He pledged to create favourable conditions for Vietnamese businesses to invest in Peru.\n"
                 "Peru considers Vietnam its most important partner in Asia and stays resolved to boost cooperation "
                 "in education.")
    assert pledges(facts) == [
        (("PE",), ("EconomyTrade",)), (("PE",), ("Education",))]


def test_telephone_talks_an_online_meeting_and_their_meeting():
    for sentence, kind in [
        ("Chinese President Wang Jun held telephone talks with Vietnamese President Le Van Binh on January 16.",
         "PhoneCall"),
        ("Saudi Foreign Minister Khalid Al Saud and Vietnamese Foreign Minister Le Van Binh signed a memorandum at "
         "an online meeting on Monday.", "PhoneCall"),
        ("Russian Defense Minister Ivan Petrov and his Vietnamese counterpart, Le Van Binh, discussed military "
         "cooperation during their meeting in Moscow on Wednesday.", "Meeting"),
    ]:
        assert main(read(sentence)).type == kind, sentence


def test_a_numbered_dialogue_written_in_lower_case():
    event = main(read("Deputy Minister of Defence Le Van Binh and French Director General Anne Moreau co-chaired the "
                      "third Vietnam-France defence strategy and cooperation dialogue in Paris on December 18."))
    assert (event.type, event.edition) == ("Dialogue", 3)


def test_both_sides_affirmed_as_the_subject_of_a_that_clause():
    facts = read("Vietnamese Foreign Minister Le Van Binh held phone talks with Angola's Minister of External "
                 "Relations Joao Costa. They affirmed that the two countries will expand partnerships in trade and "
                 "education.")  # "that" ends in "at", which is no preposition before an object
    assert pledges(facts) == [
        (("AO", "VN"), ("EconomyTrade", "Education"))]


def test_in_a_story_of_meetings_both_sides_are_those_of_the_meeting_told_last():
    facts = read("Vietnamese Foreign Minister Le Van Binh met with his counterparts from the US and South Korea in "
                 "Phnom Penh on Friday.\nDuring the meeting with US Secretary of State John Carter, Binh praised "
                 "the ties.\nThe two sides agreed to step up trade and investment.\nMeeting with South Korean "
                 "Foreign Minister Kim Min-su, minister Binh praised their cooperation.\nThe two sides agreed to "
                 "boost cooperation in climate change response.")
    assert pledges(facts) == [
        (("KR", "VN"), ("ClimateEnergy",)), (("US", "VN"), ("EconomyTrade",))]
    assert sorted(sorted(e.participants) for e in facts.events if e.type == "Meeting") == [
        ["John Carter", "Le Van Binh"], ["Kim Min-su", "Le Van Binh"]]


def test_a_sentence_opening_with_meeting_someone_reports_a_meeting():
    facts = read("Receiving Peruvian Foreign Minister Carlos Ruiz in Hanoi on Monday, Vietnamese Prime Minister Le Van "
                 "Binh praised the two countries' ties.")
    assert (main(facts).type, sorted(main(facts).participants)) == ("Meeting", ["Carlos Ruiz", "Le Van Binh"])


def test_a_portfolio_of_two_words_after_and_is_no_name():
    got = officials(read("Prime Minister Le Van Binh received South African Minister of Defence and Military Veterans "
                         "Thandi Nomvula Dlamini-Zuma in Hanoi on August 22."))
    assert got["Thandi Nomvula Dlamini-Zuma"] == ("ZA", ["DefenseMinister"])


def test_a_states_own_commitments_a_body_opening_with_its_groupings_name_and_a_role_after_as():
    facts = read("Vietnamese President Le Van Binh held talks with Greek President Nikos Papas in Athens.\n"
                 "The Vietnamese leader assured President Papas of Vietnam’s commitments to accelerate economic "
                 "reform.\nPapas reiterated the need to work together as APEC members and pledged to boost "
                 "cooperation at the UN Security Council and other international and regional forums.")
    assert pledges(facts) == [
        (("GR",), ("RegionalMultilateral",)), (("VN",), ("EconomyTrade",))]


def test_a_reception_for_someone_is_a_meeting():
    event = main(read("Prime Minister Le Van Binh affirmed that Vietnam values its ties with South Africa during a "
                      "reception in Hanoi on August 22 for South African Minister of Defence Thandi Dlamini."))
    assert (event.type, sorted(event.participants), event.date) == (
        "Meeting", ["Le Van Binh", "Thandi Dlamini"], "2023-08-22")  # the last August 22 before the dateline


def test_a_member_of_the_political_bureau_named_before_the_title():
    got = officials(read("HAVANA, Jun 20 (ACN) Carlos Ruiz Perez, member of the Political Bureau of the Communist "
                         "Party of Cuba, received a delegation of the Communist Party of Vietnam."))
    assert got["Carlos Ruiz Perez"] == ("CU", ["PartyOfficial"])


def test_paragraphs_glued_without_a_space_and_a_vietnamese_name_ending_in_nam():
    facts = read("Vietnam and Morocco held their fourth political consultation in Hanoi on April 23.The "
                 "consultation was co-chaired by Vietnamese Deputy Foreign Minister Tran Hong Nam and Moroccan "
                 "Secretary of State to the Ministry of Foreign Affairs Leila Amrani.Minister Nam welcomed the "
                 "visit of President of the Moroccan House of Representatives Karim Idrissi last year.")
    got = officials(facts)
    assert got["Tran Hong Nam"] == ("VN", ["DeputyForeignMinister"])
    assert got["Leila Amrani"] == ("MA", ["DeputyForeignMinister"])  # a junior minister, not the US post
    assert got["Karim Idrissi"] == ("MA", ["LegislatureLeader"])  # a state's adjective inside the title
    assert sorted(main(facts).participants) == ["Leila Amrani", "Tran Hong Nam"]


def test_the_two_pms_pledge_an_agreed_appraisal_is_none_and_as_well_as_to_carries_the_pledge_on():
    facts = read("Lao Prime Minister Kham Sone made a phone call to Vietnamese Prime Minister Le Van Binh on April 6. "
                 "The two heads of delegation agreed that since 2019 their cooperation has been consolidated. "
                 "The two PMs agreed to improve the coordination between the two governments, as well as to "
                 "enhance cooperation in defence-security and education-training.")
    assert pledges(facts) == [(("LA", "VN"), ("DefenseSecurity", "Education"))]  # no appraisal among them


def test_brief_meetings_with_several_leaders_on_a_summits_sidelines_are_one_meeting_each():
    facts = read("Kazan – Vietnamese Prime Minister Le Van Binh had brief meetings with President of Kazakhstan "
                 "Arman Serikov, and Prime Minister of Ethiopia Dawit Bekele on the sidelines of the BRICS Summit "
                 "in Kazan on October 23.", published="2024-10-24")
    met = sorted((e.type, tuple(e.participants)) for e in facts.events if e.main)
    assert met == [("Meeting", ("Le Van Binh", "Arman Serikov")), ("Meeting", ("Le Van Binh", "Dawit Bekele"))]


def test_a_name_ends_at_its_possessive_and_a_portfolio_list_with_commas_goes_on_to_the_name():
    got = officials(read("During President Joe Miller's Viet Nam visit, Foreign Minister Le Van Binh held talks with "
                         "Argentina’s Minister of Foreign Affairs, International Trade and Worship Ana Lopez."))
    assert got["Joe Miller"][1] == ["HeadOfState"] and "Joe Miller's Viet Nam" not in got
    assert got["Ana Lopez"] == ("AR", ["ForeignMinister"])


def test_a_pair_of_office_holders_of_any_kind_pledges_as_both_sides():
    facts = read("Foreign Minister Le Van Binh met with US Secretary of State Anne Porter in Phnom Penh on August 5. "
                 "The two diplomats agreed to promote cooperation in overcoming consequences of war.")
    assert pledges(facts) == [(("US", "VN"), ("WarLegacy",))]


def test_she_after_a_description_by_a_colloquial_demonym_is_the_official_described():
    facts = read("Foreign Minister Le Van Binh met with New Zealand Foreign Minister Jane Hale in Hanoi on May 3. "
                 "The Kiwi diplomat underscored the significance of the meeting.\n"
                 "She vowed to facilitate Vietnamese enterprises to increase investment in New Zealand.")
    assert pledges(facts) == [(("NZ",), ("EconomyTrade",))]


def test_meetings_told_in_the_plural_with_those_met_listed_in_the_next_sentence():
    facts = read("Foreign Minister Le Van An held meetings with leaders of several countries on the sidelines of "
                 "the Ocean Summit in Lisbon on March 12.\n"
                 "Foreign Minister Le Van An (R) attends a reception hosted by Portuguese President Rui Costa\n"
                 "They included Kenyan President Samuel Otieno, Greek Prime Minister Nikos Pappas and UN "
                 "Secretary-General Maria Lund.\n"
                 "Earlier, An attended a gala dinner marking the opening of the summit.")
    met = sorted(tuple(e.participants) for e in facts.events if e.main)
    assert met == [("Le Van An", "Maria Lund"), ("Le Van An", "Nikos Pappas"), ("Le Van An", "Samuel Otieno")]
    assert {e.type for e in facts.events} == {"Meeting", "Conference"}  # 'the summit' is the Ocean Summit


def test_a_summit_of_two_leaders_is_talks():
    facts = read("President Le Van An said the summit that took place between him and Kenyan President Samuel "
                 "Otieno in Nairobi on March 12 opened a new chapter.")
    assert (main(facts).type, main(facts).participants) == ("Talks", ["Le Van An", "Samuel Otieno"])


def test_a_state_inside_a_place_name_is_not_the_officials_state():
    facts = read("MANILA — Foreign Affairs Secretary Ramon Cruz Jr. and his Vietnamese counterpart on Wednesday "
                 "discussed the South China Sea. Vietnam and the Philippines are partners.")
    assert officials(facts)["Ramon Cruz Jr."] == ("PH", ["ForeignMinister"])


def test_an_event_of_two_ministries_chaired_by_officials_named_in_the_next_sentence():
    facts = read("The Vietnamese and Lao ministries of public security held the 10th conference in Vientiane on "
                 "March 9 to review their joint work against crimes. The event was co-chaired by Deputy Director "
                 "General of the Police Department of Laos Khamla Sone and Deputy Minister of Public Security Le "
                 "Van Minh.")
    event = main(facts)
    assert (event.type, event.edition, event.date) == ("Conference", 10, "2024-03-09")
    assert event.participants == ["Khamla Sone", "Le Van Minh"]


def test_a_reception_by_unnamed_leaders_whose_speaker_is_named_at_the_meeting():
    facts = read("Leaders of Da Nang on March 12 received Brazilian Ambassador Rui Costa. At the meeting, Vice "
                 "Chairman of the municipal People's Committee Le Van Minh lauded the role of the embassy.")
    assert (main(facts).type, main(facts).participants) == ("Meeting", ["Rui Costa", "Le Van Minh"])


def test_sharing_experience_in_fighting_the_pandemic_is_a_pledge_on_health_the_pandemic_as_a_setting_is_none():
    facts = read("Foreign Minister Le Van An held phone talks with Egyptian Foreign Minister Sameh Ali. He affirmed "
                 "that Vietnam is ready to share its experience in fighting COVID-19 with Egypt. The two sides agreed "
                 "to step up bilateral ties, especially as COVID-19 has been controlled.")
    assert pledges(facts) == [(("EG", "VN"), ("PoliticsDiplomacy",)), (("VN",), ("Health",))]


def test_talks_told_with_their_place_and_day_before_the_pair_between_whom_they_were():
    facts = read("The agreement was reached during talks in Kazakhstan's capital Astana on March 14 between Kazak "
                 "Prime Minister Ivan Petrov and his Vietnamese counterpart Le Van An, who arrived there on March 13.")
    event = main(facts)
    assert (event.type, event.date, event.participants) == ("Talks", "2024-03-14", ["Ivan Petrov", "Le Van An"])
    assert officials(facts)["Ivan Petrov"] == ("KZ", ["HeadOfGovernment"])


def test_a_title_set_off_after_a_name_is_that_names_not_the_next_ones_after_and():
    facts = read("The dialogue was co-chaired by Le Van An, Vietnam's deputy defense minister, and Ari Cohen, the "
                 "Director-General of the Israeli Defense Ministry.")
    assert officials(facts)["Le Van An"] == ("VN", ["DeputyDefenseMinister"])
    assert officials(facts).get("Ari Cohen", (None,))[0] != "VN"  # never Vietnam's deputy minister
    facts = read("Prime Minister Le Van An met his counterpart from Timor Leste Xanana Gusmao in Dili.")
    assert officials(facts)["Xanana Gusmao"] == ("TL", ["HeadOfGovernment"])  # "Timor Leste", no hyphen


def test_an_agreement_told_right_after_the_talks_with_the_counterpart_is_both_sides():
    facts = read("Prime Minister Le Van An held talks with his Algerian counterpart Ali Omar, agreeing to boost "
                 "trade.")
    assert pledges(facts) == [(("DZ", "VN"), ("EconomyTrade",))]


def test_a_phone_talk_and_a_side_willing_to_share_its_experience():
    facts = read("Deputy Minister of Foreign Affairs Le Van An and his Turkish counterpart Ali Kaya discussed ties "
                 "during their phone talk on March 12. Le Van An said Vietnam is willing to share its experience in "
                 "the pandemic combat. In that spirit, they will give priority to working for a visit to Vietnam by "
                 "President Ahmet Demir.")
    assert (main(facts).type, main(facts).participants) == ("PhoneCall", ["Le Van An", "Ali Kaya"])
    assert "Visit" not in [e.type for e in facts.events]  # a visit worked for, not one made
    assert (("VN",), ("Health",)) in pledges(facts)


def test_his_country_is_the_speakers():
    facts = read("Ambassador Le Van An met Tanzanian President John Mosi in Dodoma on March 12. For his part, "
                 "President Mosi highlighted the fruitful development of the bilateral relations, affirming that his "
                 "country will always support Vietnam.")
    assert pledges(facts) == [(("TZ",), ("PoliticsDiplomacy",))]


def test_a_courtesy_title_after_a_portfolio_a_reception_a_letter_of_credentials_and_a_glued_sentence():
    facts = read("Lam made the statement while receiving Cambodian Deputy Prime Minister and Minister of Home "
                 "Affairs Samdech Sok Chenda in Hanoi on January 9.Minister Lam acknowledged good outcomes.\n"
                 "Public Security Minister To Lam thanked him.")
    assert officials(facts)["Sok Chenda"] == ("KH", ["DeputyPrimeMinister"])
    assert (main(facts).type, main(facts).participants) == ("Meeting", ["To Lam", "Sok Chenda"])
    facts = read("Ambassador Le Van An presented his letter of credentials to Irish President Sean Kelly on May 24. "
                 "The diplomat also thanked the President and Irish agencies for their support.")
    assert (main(facts).type, main(facts).participants) == ("Meeting", ["Le Van An", "Sean Kelly"])
    assert "Irish" not in officials(facts)


def test_wide_ranging_talks_high_level_meetings_and_a_ministry_named_twice():
    facts = read("AMMAN — Jordanian Foreign Minister Omar Haddad and Vietnamese Foreign Minister Le Van An held "
                 "wide-ranging talks on Thursday.")
    assert (main(facts).type, main(facts).date) == ("Talks", "2024-03-14")
    facts = read("On 14 March, Vietnam's Minister of National Defence Le Van An held high-level meetings in Laos "
                 "with President Somsak Vong and Prime Minister Khamphet Sone.")
    assert sorted(tuple(e.participants) for e in facts.events if e.main and e.type == "Meeting") == [
        ("Le Van An", "Khamphet Sone"), ("Le Van An", "Somsak Vong")]  # meetings in the plural: one with each
    facts = read("On Monday, Prime Minister Le Van An held phone talks with his Lao counterpart Khamphet Sone about "
                 "the ties between the two countries.")
    assert main(facts).type == "PhoneCall"
    facts = read("The Vietnam delegation was headed by Mr. Le Van Binh, Deputy Minister of the Ministry of Foreign "
                 "Affairs of Vietnam.")
    assert officials(facts)["Le Van Binh"] == ("VN", ["DeputyForeignMinister"])


def test_counterparts_from_a_list_of_states_is_one_meeting_with_each():
    facts = read("NEW YORK — Vietnamese Minister of Foreign Affairs Le Van An met with his counterparts from Cuba, "
                 "Thailand, and Algeria in New York City on Wednesday.")
    met = sorted(tuple(e.parties) for e in facts.events if e.type == "Meeting")
    assert met == [("CU", "VN"), ("DZ", "VN"), ("TH", "VN")]


def test_a_pledge_carried_on_by_a_verb_after_as_well_as_and_a_commitment_reaffirmed():
    facts = read("Bulgarian Foreign Minister Ivan Petrov held talks with Foreign Minister Le Van An on Monday. They "
                 "agreed to work together for the 21st session of the intergovernmental committee in mid-Nov as well "
                 "as mutually support at international forums and organizations.")
    assert pledges(facts) == [(("BG", "VN"), ("PoliticsDiplomacy", "RegionalMultilateral"))]
    facts = read("The Third Meeting of the Sri Lanka-Vietnam Political Consultations was held on Wednesday in Colombo. "
                 "Sri Lanka and Vietnam have reaffirmed the commitment to further consolidate and advance bilateral "
                 "political and economic cooperation between the two nations.")
    assert pledges(facts) == [(("LK", "VN"), ("PoliticsDiplomacy", "EconomyTrade"))]


def test_a_consultation_told_as_taking_place_on_its_own_day_within_the_trip():
    facts = read("Deputy Foreign Minister Tran Van Binh visited Chile from March 4 to 6 for a political "
                 "consultation with the Chilean Foreign Ministry.\nThe consultation took place on March 5, "
                 "co-chaired by Binh and his Chilean counterpart Carlos Ruiz.")
    dialogue = next(e for e in facts.events if e.type == "Dialogue")
    assert dialogue.date == "2024-03-05"


def test_a_portfolio_list_with_a_states_adjective_before_the_name():
    facts = read("Foreign Minister Le Van An and Minister of Foreign Affairs, African Cooperation and Ghanaian "
                 "Expatriates Kwame Mensah held phone talks on March 12.")
    assert officials(facts)["Kwame Mensah"][1] == ["ForeignMinister"]
    assert main(facts).type == "PhoneCall" and set(main(facts).participants) == {"Le Van An", "Kwame Mensah"}


@pytest.mark.parametrize("title", [
    "Chairman of Da Nang People's Committee", "Chairman of the Quang Tri provincial People’s Committee",
    "Secretary of the Hai Phong Municipal Party Committee", "Nghe An Party Secretary"])
def test_a_provinces_leader_with_the_province_inside_the_title(title):
    facts = read(f"{title} Tran Van Binh received Chilean Ambassador Carlos Ruiz on March 12, and the two "
                 "discussed cooperation between the city and Chile. The ambassador said that his country would "
                 "like to work with the city in the years to come.")
    assert officials(facts)["Tran Van Binh"] == ("VN", ["LocalLeader"])
    assert set(main(facts).participants) == {"Tran Van Binh", "Carlos Ruiz"}


def test_the_talks_after_phone_talks_are_the_phone_call():
    facts = read("Foreign Minister Le Van An and Chilean Foreign Minister Carlos Ruiz held phone talks on March 12. "
                 "During the talks, Ruiz congratulated An on his new post.")
    assert [e.type for e in facts.events] == ["PhoneCall"]


def test_a_working_session_is_a_meeting():
    facts = read("Chilean Ambassador Carlos Ruiz had a working session with Chairman of the Hanoi People's Committee "
                 "Tran Van Binh on March 12.")
    assert main(facts).type == "Meeting" and set(main(facts).participants) == {"Tran Van Binh", "Carlos Ruiz"}


def test_pledges_told_as_unanimity_consensus_readiness_and_what_he_will_do():
    opening = "Deputy Foreign Minister Le Van An held talks with Chilean Deputy Foreign Minister Carlos Ruiz. "
    assert pledges(read(opening + "They were unanimous to support each other at regional and international "
                                  "forums.")) == [(("CL", "VN"), ("RegionalMultilateral",))]
    assert pledges(read(opening + "The two sides reached consensus that their ministries should promote "
                                  "cooperation in education.")) == [(("CL", "VN"), ("Education",))]
    assert pledges(read(opening + "An reiterated Vietnam's readiness to share experience in tourism.")) == [
        (("VN",), ("PeopleToPeople",))]
    assert pledges(read(opening + "Ruiz said that during his term, he will make every effort to act as a bridge "
                                  "for investment.")) == [(("CL",), ("EconomyTrade",))]
    assert pledges(read(opening + "An affirmed continued coordination with the embassy in trade.")) == [
        (("VN",), ("EconomyTrade",))]


def test_pledges_of_the_two_and_the_parties_and_a_states_support_or_determination():
    opening = "Prime Minister Le Van An held talks with Chilean President Carlos Ruiz in Santiago on March 12. "
    assert pledges(read(opening + "The two agreed to step up the exchange of visits at all levels.")) == [
        (("CL", "VN"), ("HighLevelExchange",))]
    assert pledges(read(opening + "The parties reaffirmed their commitment to the further development of "
                                  "relations.")) == [(("CL", "VN"), ("PoliticsDiplomacy",))]
    assert pledges(read(opening + "An affirmed Việt Nam’s support for Chile in broadening ties with ASEAN.")) == [
        (("VN",), ("RegionalMultilateral",))]
    assert pledges(read(opening + "An affirmed Việt Nam’s determination in deepening cooperation in trade.")) == [
        (("VN",), ("EconomyTrade",))]


def test_support_thanked_for_or_owned_by_an_unknown_side_is_no_pledge():
    opening = "Prime Minister Le Van An held talks with Chilean President Carlos Ruiz in Santiago on March 12. "
    assert pledges(read(opening + "An took the occasion to thank Chile for its support for Vietnam at the UN.")) == []
    assert pledges(read(opening + "Ruiz appreciated Vietnam’s support for Chile at the United Nations.")) == []
    assert pledges(read(opening + "He also assured An about the Kingdom’s support for Vietnam at the UN.")) == []


def test_names_after_a_portfolio_list_a_hyphenated_title_word_a_bracketed_state_and_an_indian_honorific():
    facts = read("Deputy Foreign Minister Le Van An met with Minister of Foreign Affairs Karim Amir-Zadeh, Deputy "
                 "Foreign Minister for Economic Diplomacy Reza Karimi, Deputy Minister of Industry, Mining and Trade "
                 "Ali Rezaei, Ambassador of the Republic of Korea (RoK) Kim Min-su and Defence Secretary Shri "
                 "Rajesh Kumar on March 12.")
    assert {"Karim Amir-Zadeh", "Reza Karimi", "Ali Rezaei", "Kim Min-su", "Rajesh Kumar"} <= set(officials(facts))
    assert officials(facts)["Kim Min-su"] == ("KR", ["Ambassador"])


def test_a_reception_hosted_for_a_guest_and_negotiations_held_with_one():
    facts = read("Minister of Public Security Le Van An hosted a reception in Hanoi on March 12 for Chilean Vice "
                 "Minister of the Interior Carlos Ruiz.")
    assert main(facts).type == "Meeting" and set(main(facts).participants) == {"Le Van An", "Carlos Ruiz"}
    facts = read("Prime Minister Le Van An held negotiations with the Prime Minister of Chile Carlos Ruiz in "
                 "Santiago on March 12.")
    assert main(facts).type == "Talks"


def test_meetings_with_counterparts_named_by_a_list_of_adjectives():
    facts = read("Foreign Minister Le Van An held bilateral meetings with his Chilean and Peruvian counterparts on "
                 "March 12 in Lima.")
    assert sorted(tuple(e.parties) for e in facts.events if e.type == "Meeting") == [("CL", "VN"), ("PE", "VN")]


def test_a_dialogue_named_after_two_states_and_a_title_of_a_state_before_a_rank():
    facts = read("The 9th Chile-Vietnam Defence Policy Dialogue took place in Santiago on March 12. It was "
                 "co-chaired by Chilean Defence Secretary Carlos Ruiz and Deputy Minister of National Defence of "
                 "Vietnam Senior Lieutenant General Le Van An.")
    assert (main(facts).type, main(facts).edition) == ("Dialogue", 9)
    assert set(main(facts).participants) == {"Carlos Ruiz", "Le Van An"}
    assert officials(facts)["Le Van An"] == ("VN", ["DeputyDefenseMinister"])
    facts = read("A delegation led by Deputy Minister Le Van An is attending the 20th Shangri-La Dialogue that "
                 "opened in Singapore on June 3.")
    assert all(e.type != "Dialogue" for e in facts.events)


def test_officials_named_before_a_title_with_an_article_rank_or_hyphen():
    facts = read("Chairman of Ho Chi Minh City’s People’s Committee Tran Van Hoa held a reception on May 19 for Juan "
                 "Carlos Perez Soto, the new Cuban Ambassador to Vietnam. Chairman of the People's Committee of "
                 "northern Lao Cai province Le Van Tam attended. Minister To Van An met Mr. Ivan Petrovich Orlov, the "
                 "First Deputy-Minister of the Russian Internal Affairs, and Colonel Ivan Sokolov, Russian Defence "
                 "Attaché in Hanoi for the 2019-2022 tenure, and his successor Colonel Pavel Orlov.")
    found = officials(facts)
    assert found["Tran Van Hoa"] == ("VN", ["LocalLeader"])
    assert found["Juan Carlos Perez Soto"] == ("CU", ["Ambassador"])
    assert found["Le Van Tam"] == ("VN", ["LocalLeader"])
    assert found["Ivan Petrovich Orlov"] == ("RU", ["DeputyMinister"])
    assert found["Ivan Sokolov"] == ("RU", ["MilitaryOfficer"])
    assert found["Pavel Orlov"] == ("RU", ["MilitaryOfficer"])


def test_a_foreign_secretary_serves_the_state_the_story_names():
    facts = read("The second Foreign Office Consultations between Bangladesh and Vietnam was held in Dhaka on Sunday. "
                 "Foreign secretary Abdul Karim led the Bangladesh delegation while the Vietnamese delegation was led "
                 "by Deputy Foreign Minister Le Van An.")
    assert officials(facts)["Abdul Karim"][0] == "BD"
    assert main(facts).type == "Dialogue"


def test_a_meeting_told_in_two_sentences_and_a_reception_for_a_guest():
    facts = read("Iraq will reopen its embassy, Iraqi Foreign Minister Ali Hassan said during a meeting held on "
                 "Thursday. This meeting took place in New York in the presence of Foreign Minister Le Van An.")
    assert set(main(facts).participants) == {"Ali Hassan", "Le Van An"}
    facts = read("Prime Minister Le Van An spoke at a reception for Serbian Foreign Minister Ivan Petrovic in Hanoi "
                 "on March 8.")
    assert (main(facts).type, main(facts).date) == ("Meeting", "2024-03-08")


def test_a_consultation_held_by_video_is_no_phone_call_and_a_continued_promotion_is_pledged():
    facts = read("Deputy Foreign Minister Le Van An and Canada’s Deputy Minister of Foreign Affairs Anne Roy on "
                 "Thursday co-chaired the 2nd Vietnam - Canada political consultation, which was held via video "
                 "conference. The two officials affirmed the continued promotion of cooperation in health and "
                 "education.")
    assert [e.type for e in facts.events] == ["Dialogue"]
    assert pledges(facts) == [(("CA", "VN"), ("Health", "Education"))]


def test_the_meetings_a_story_announces_in_the_plural_are_those_it_tells_one_by_one():
    facts = read("Minister To Van An had separate bilateral meetings with leaders of several Russian agencies and the "
                 "United Nations during the 18th Conference on Terrorism Prevention in Sochi on October 15. At the "
                 "meeting with Mr. Ivan Orlov, Deputy Secretary General of the United Nations in charge of "
                 "counter-terrorism, Minister To Van An affirmed Vietnam's support.", published="2024-10-16")
    meeting = next(e for e in facts.events if e.type == "Meeting")
    assert (meeting.main, meeting.date, set(meeting.participants)) == (True, "2024-10-15", {"To Van An", "Ivan Orlov"})


def test_a_delegation_paying_courtesy_visits_to_two_leaders_of_one_state_meets_each():
    facts = read("A delegation of the Communist Party of Vietnam led by Le Thi Hoa, Secretary of the Party Central "
                 "Committee and Chairwoman of its Commission for Mass Mobilisation, is visiting Laos. While there, the "
                 "delegation paid courtesy visits to Lao President Somsak Vong and Lao Prime Minister Bounmy Keo.")
    assert officials(facts)["Le Thi Hoa"] == ("VN", ["PartyOfficial"])
    meetings = sorted(tuple(e.participants) for e in facts.events if e.type == "Meeting")
    assert meetings == [("Bounmy Keo", "Le Thi Hoa"), ("Somsak Vong", "Le Thi Hoa")]


def test_a_courtesy_title_or_a_bodys_acronym_beside_a_title():
    facts = read("Foreign Minister Le Van An met on Friday with Foreign Minister Dr. Ahmed Rasheed of the Maldives in "
                 "Hanoi. During talks between Deputy Minister Tran Van Minh and AFP Deputy Commissioner Jane Cole, "
                 "the two sides agreed to boost police training.")
    assert officials(facts)["Ahmed Rasheed"] == ("MV", ["ForeignMinister"])
    talks = next(e for e in facts.events if e.type == "Talks")
    assert talks.participants == ["Tran Van Minh", "Jane Cole"]


def test_the_leaders_and_the_two_sides_of_a_meeting_with_a_body_both_pledge():
    facts = read("Prime Minister Le Van An received WB Regional Vice President for East Asia and the Pacific Anna Berg "
                 "on Monday. The two sides reached consensus on cooperation programmes to promote green growth.")
    assert officials(facts)["Anna Berg"][0] == "WB"
    assert pledges(facts) == [(("VN", "WB"), ("ClimateEnergy",))]
    facts = read("President Le Van An held talks with Korean President Kim Min-su on Wednesday. The leaders also "
                 "agreed to launch a joint study on a free trade agreement.")
    assert pledges(facts) == [(("KR", "VN"), ("EconomyTrade",))]


def test_pledges_made_by_no_one_named_the_ministries_and_a_clause_of_both_after_and():
    talks = "Interior Minister Le Van An held talks with Chilean Interior Minister Carlos Ruiz in Hanoi on Monday. "
    facts = read(talks + "Pledges were made to expand cooperation in tourism and education.")
    assert pledges(facts) == [(("CL", "VN"), ("PeopleToPeople", "Education"))]
    facts = read(talks + "It was agreed that the two ministries would hold annual consultations on counterterrorism.")
    assert pledges(facts) == [(("CL", "VN"), ("DefenseSecurity",))]
    facts = read(talks + "The ministries will also step up cooperation in immigration management.")
    assert pledges(facts) == [(("CL", "VN"), ("LawEnforcement",))]
    facts = read(talks + "Ruiz said that Chile will send two warships to the fleet review and both the countries will "
                         "work together against drug trafficking.")
    assert pledges(facts) == [(("CL",), ("DefenseSecurity",)), (("CL", "VN"), ("LawEnforcement",))]
    facts = read(talks + "Pledges of support were welcomed by the host.")
    assert pledges(facts) == []


def test_a_joint_committee_of_two_delegations_named_by_their_owners():
    facts = read("The second Joint Committee under the EU – Viet Nam Comprehensive Partnership and Cooperation "
                 "Framework Agreement met online on 15 December 2020. The EU delegation was led by Mr. Hans Berg, "
                 "Managing Director for Asia in the European External Action Service. The Vietnamese delegation was "
                 "led by Mr. Le Van An, Deputy Minister of Foreign Affairs. They welcomed the EU-ASEAN (Association of "
                 "Southeast Asian Nations) Strategic Partnership.")
    assert officials(facts)["Hans Berg"][0] == "EU" and officials(facts)["Le Van An"][0] == "VN"
    assert [(e.type, e.date) for e in facts.events] == [("Dialogue", "2020-12-15")]
    assert [(tuple(p.parties), p.level) for p in facts.partnerships] == [(("ASEAN", "EU"), "StrategicPartnership")]


def test_a_rank_after_a_post_a_cabinet_secretary_and_a_document_named_after_consultations():
    facts = read("The talks were held between visiting Vietnamese Defence Minister General Le Van An and his New "
                 "Zealand counterpart John Smith. Defence CS Mary Wanjiru discussed the MoU on Diplomatic and "
                 "Political Consultations with IMF Managing Director Anna Berg.")
    found = officials(facts)
    assert found["Le Van An"] == ("VN", ["DefenseMinister"])
    assert found["Mary Wanjiru"][1] == ["DefenseMinister"]
    assert found["Anna Berg"] == ("IMF", ["AgencyHead"])
    assert "Dialogue" not in [e.type for e in facts.events]


def test_a_body_the_event_is_held_with_pledges_beside_the_state_and_willing_to_is_a_pledge():
    facts = read("The second EU-Vietnam Joint Committee met in Brussels on 15 March 2024. The EU delegation was led "
                 "by Hans Berg, Managing Director for Asia. The Vietnamese delegation was led by Deputy Minister of "
                 "Foreign Affairs Le Van An. The EU and Viet Nam agreed to further strengthen cooperation within "
                 "multilateral fora. Le Van An affirmed that Vietnam is willing to share experience in education.")
    assert pledges(facts) == [(("EU", "VN"), ("RegionalMultilateral",)), (("VN",), ("Education",))]


def test_a_party_member_and_a_city_chairman_named_in_english():
    facts = read("A delegation of the Communist Party of Vietnam led by Le Van An, member of the CPV Central Committee "
                 "and deputy head of its Commission for Information, attended the dialogue. The New Zealand "
                 "Ambassador met with municipal People’s Committee Chairman Tran Van Binh. Meeting with the "
                 "Tanzanian FM, Deputy PM, FM Le Van Cuong suggested closer ties.")
    found = officials(facts)
    assert found["Le Van An"] == ("VN", ["PartyOfficial"])
    assert found["Tran Van Binh"] == ("VN", ["LocalLeader"])
    assert found["Le Van Cuong"][0] == "VN"


def test_legislature_leaders_with_a_states_adjective_and_a_rank_before_a_common_word():
    facts = read("DAKAR Chairman of the Vietnamese National Assembly (NA) Tran Van An held talks with Senegalese NA "
                 "President Malick Sall in Dakar on July 23, ahead of the high-level General Debate of the UN.")
    found = officials(facts)
    assert found["Tran Van An"] == ("VN", ["LegislatureLeader"])
    assert found["Malick Sall"] == ("SN", ["LegislatureLeader"])
    assert "Debate" not in found


def test_the_adjectives_of_central_asian_states_ending_in_stani():
    facts = read("Vietnamese State President Le Van An met with Tajikistani President Rustam Karimov in New York on "
                 "March 12. They concurred to support each other at multilateral forums.")
    assert officials(facts)["Rustam Karimov"][0] == "TJ"
    assert pledges(facts) == [(("TJ", "VN"), ("RegionalMultilateral",))]


def test_a_series_of_meetings_then_told_with_whom_one_each():
    facts = read("During his official visit to Vietnam, the Chairman of the Cabinet of Ministers of Chile Carlos Ruiz "
                 "held a series of meetings with the country’s top leadership. The press service reported. The "
                 "meetings were held with Chairman of the National Assembly of Vietnam Le Van An, President of the "
                 "country Do Van Hung and General Secretary To Van Lam.", published="2025-03-06")
    assert officials(facts)["Carlos Ruiz"] == ("CL", ["HeadOfGovernment"])
    assert officials(facts)["Do Van Hung"] == ("VN", ["HeadOfState"])
    met = sorted(tuple(e.participants) for e in facts.events if e.type == "Meeting" and e.main)
    assert met == [("Carlos Ruiz", "Do Van Hung"), ("Carlos Ruiz", "Le Van An"), ("Carlos Ruiz", "To Van Lam")]


def test_meetings_with_a_host_of_leaders_told_one_by_one_are_all_reported():
    facts = read("Prime Minister Le Van An met with a host of world leaders in Rio de Janeiro on Sunday on the "
                 "sidelines of the BRICS Summit. In discussions with Nigerian President Bola Ade, PM An conveyed an "
                 "invitation. Both leaders agreed to advance trade in goods. Separately, PM An met with Ugandan Vice "
                 "President Grace Opio. In a conversation with First Deputy Chairman of the Senate of Uzbekistan "
                 "Aziz Karimov, the Government leader stressed Vietnam's wish for stronger friendship.",
                 published="2025-07-07")
    met = sorted((e.date, tuple(sorted(e.parties))) for e in facts.events if e.type == "Meeting" and e.main)
    assert met == [("2025-07-06", ("NG", "VN")), ("2025-07-06", ("UG", "VN")), ("2025-07-06", ("UZ", "VN"))]
    assert pledges(facts) == [(("NG", "VN"), ("EconomyTrade",))]


def test_talks_over_the_phone_or_by_videoconference_are_a_call():
    for how in ("via videoconference", "over the phone", "by telephone"):
        facts = read(f"Foreign Minister Le Van An held talks {how} with his Chilean counterpart Carlos Ruiz on Monday.")
        assert [e.type for e in facts.events] == ["PhoneCall"], how


def test_titles_after_names_that_run_to_a_city_a_bracketed_acronym_or_the_sidelines():
    facts = read("At another reception for the delegation, Luis Reyes, Mayor of Barquisimeto city, welcomed Ambassador "
                 "Vu Van Minh. Vietnam and Venezuela in general and Lara state in particular need more trade.")
    assert officials(facts)["Luis Reyes"][1] == ["LocalLeader"]
    assert "Lara" not in officials(facts)
    facts = read("Sen. Lieut. Gen. Le Van An, Chief of the General Staff of the Vietnam People’s Army (VPA) and Deputy "
                 "Minister of National Defence, met Chilean Ambassador Carlos Ruiz. On the occasion of the meeting "
                 "between Carlos Ruiz, Ambassador of Chile and Do Van Hung, President of the Socialist Republic of "
                 "Viet Nam on the sidelines of the APEC Economic Leaders’ Meeting, the two sides agreed to boost "
                 "trade.")
    assert officials(facts)["Le Van An"] == ("VN", ["DeputyDefenseMinister"])
    assert officials(facts)["Do Van Hung"] == ("VN", ["HeadOfState"])


def test_ministers_of_a_portfolio_at_a_chancellery_and_directors_of_operations():
    facts = read("He met with Minister for Digital and Economic Affairs Martin Weber, Minister for the EU and "
                 "Constitution at the Federal Chancellery of Austria Karin Huber, Egyptian Assistant Foreign Minister "
                 "Omar Nabil and World Bank (WB) Managing Director of Operations Axel van Berg.")
    found = officials(facts)
    assert found["Martin Weber"][1] == ["Minister"] and found["Karin Huber"] == ("AT", ["Minister"])
    assert found["Omar Nabil"] == ("EG", ["AssistantSecretaryOfState"])
    assert found["Axel van Berg"][0] == "WB" and "Chancellery" not in found


def test_a_numbered_annual_meeting_is_a_session_of_a_mechanism_and_who_co_chaired_it():
    facts = read("Ministries hold meeting\nLatest\nMinistries hold meeting in Hanoi: The 12th deputy ministerial-level "
                 "annual meeting between Vietnam's Ministry of Public Security and the Ministry of Home Affairs of "
                 "Singapore takes place in Hanoi on October 8, 2024. (Photo: \nMPS)\nThe event was co-chaired by "
                 "Deputy Minister of Public Security Le Van An and Permanent Secretary of the Singaporean Ministry "
                 "Tan Wei Ming. The sides noted they will push for the early signing of a cooperation agreement on "
                 "cyber security.", published="2024-10-09")
    event = main(facts)
    assert (event.type, event.edition, event.date, event.participants) == (
        "Dialogue", 12, "2024-10-08", ["Le Van An", "Tan Wei Ming"])
    assert pledges(facts) == [(("SG", "VN"), ("Cybersecurity",))]


def test_leaders_who_held_discussions_pledge_together_and_a_wire_dateline_with_two_dashes():
    facts = read("WARSAW, Jan. 16 (Xinhua) -- Polish Prime Minister Jan Nowak and visiting Vietnamese Prime Minister "
                 "Le Van An held discussions on Thursday, pledging to deepen cooperation.", published="2025-01-17")
    assert facts.article.text.startswith("Polish Prime Minister")
    assert (main(facts).type, main(facts).date) == ("Talks", "2025-01-16")
    assert pledges(facts) == [(("PL", "VN"), ("PoliticsDiplomacy",))]


def test_the_two_ministers_co_chaired_a_numbered_meeting_the_same_day():
    facts = read("Minister of Foreign Affairs Le Van An and his New Zealand counterpart John Grey on Wednesday signed "
                 "an action programme. The two ministers co-chaired the third Việt Nam–New Zealand Foreign Ministers’ "
                 "Meeting in Hà Nội the same day.", published="2025-11-26")
    assert [(e.type, e.edition, e.date, e.participants) for e in facts.events] == [
        ("Dialogue", 3, "2025-11-26", ["Le Van An", "John Grey"])]


def test_a_father_named_in_his_sons_name_is_another_person_and_a_month_is_no_name():
    facts = read("In a meeting with UAE PM Mohammed bin Rashid Al Maktoum and Crown Prince of Dubai Sheikh Hamdan bin "
                 "Mohammed bin Rashid Al Maktoum, PM Le Van An expected more trade. Estonia will serve as rotary UNSC "
                 "President in May 2020, said the International Atomic Energy Agency (IAEA)'s Deputy Director "
                 "General Hua Liu.")
    found = officials(facts)
    assert found["Mohammed bin Rashid Al Maktoum"] == ("AE", ["HeadOfGovernment"])
    assert found["Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum"] == ("AE", ["Official"])
    assert found["Hua Liu"] == ("IAEA", ["Official"]) and "May" not in found


def test_a_title_with_the_ruling_party_before_the_name():
    facts = read("To Van Lam and Singaporean Prime Minister and Secretary-General of the ruling People's Action Party "
                 "(PAP) Lawrence Tan announced the upgrade.")
    assert officials(facts)["Lawrence Tan"][0] == "SG"


def test_talking_to_one_of_two_received_and_ministers_talking_on_the_phone():
    facts = read("President Le Van An received the outgoing ambassadors of Chile and Peru in Hanoi on December 28. "
                 "Talking to Chilean Ambassador Carlos Ruiz, President An affirmed the friendship.",
                 published="2022-12-29")
    assert [(e.date, sorted(e.participants)) for e in facts.events if e.main] == [
        ("2022-12-28", ["Carlos Ruiz", "Le Van An"])]
    facts = read("Foreign Minister Le Van An talked on the phone with Norwegian Foreign Minister Kari Berg on 26 May "
                 "2020.")
    assert [(e.type, e.date) for e in facts.events] == [("PhoneCall", "2020-05-26")]


def test_junior_ministers_of_state_and_the_agency_of_the_un_an_official_heads():
    found = officials(read(
        "He met Italy's Undersecretary of State for Defence Marco Rossi, British Minister of State for Defence Earl "
        "Howe, Uganda's Minister of State for Foreign Affairs Henry Okello and Director-General of the Food and "
        "Agriculture Organization of the United Nations (FAO) Qu Dongyu."))
    assert found["Marco Rossi"] == ("IT", ["DeputyDefenseMinister"])
    assert found["Earl Howe"] == ("GB", ["DeputyDefenseMinister"])
    assert found["Henry Okello"] == ("UG", ["DeputyForeignMinister"])
    assert found["Qu Dongyu"] == ("FAO", ["AgencyHead"])


def test_the_second_state_of_a_hyphened_pair_is_no_subject_and_a_headline_verb_is_no_name():
    facts = read("Deputy Defence Minister Le Van An held the first defence policy dialogue with British Minister of "
                 "State for Defence Earl Howe. At the dialogue, the two sides valued the outcomes of the Vietnam-U.K. "
                 "defense cooperation and agreed to foster cooperation in defense industry.")
    assert pledges(facts) == [(("GB", "VN"), ("DefenseSecurity",))]
    facts = read("Vietnam Deputy Foreign Minister Visits Cameroon to Enhances Partnership\nVietnam via its Deputy "
                 "Foreign Minister Vu Hong Nam boosts partnership with Cameroon.")
    assert set(officials(facts)) == {"Vu Hong Nam"}


def test_readiness_told_with_stays_and_always_and_courses_are_education():
    talks = "Foreign Minister Le Van An held phone talks with Kuwaiti Foreign Minister Ahmad Nasser on May 3. "
    facts = read(talks + "He affirmed that Vietnam stays ready to share its experience in COVID-19 response with "
                         "Kuwait. Kuwait is always determined to strengthen trade ties.")
    assert pledges(facts) == [(("KW",), ("EconomyTrade",)), (("VN",), ("Health",))]
    facts = read(talks + "The Vietnamese Ministry of National Defence is always ready to receive Kuwaiti personnel "
                         "for language courses, he continued.")
    assert pledges(facts) == [(("VN",), ("Education",))]


def test_talks_first_told_in_passing_by_she_and_a_reception_given_and_an_oxford_comma_portfolio():
    facts = read("HÀ NỘI — Visiting Chilean Minister of Foreign Affairs Ana Soto has said that Chile would soon ratify "
                 "the agreement.\nShe made the statement during the talks yesterday with Vietnamese Minister of "
                 "Foreign Affairs Le Van An as she is on a two-day visit to Việt Nam.", published="2023-05-23")
    assert [(e.type, e.date, e.participants) for e in facts.events if e.type == "Talks"] == [
        ("Talks", "2023-05-22", ["Ana Soto", "Le Van An"])]
    facts = read("Prime Minister Le Van An gave a reception in Hanoi on June 30 for Director-General of the "
                 "International Labour Organization (ILO) Gilbert Houngbo.", published="2023-07-01")
    assert [(e.type, e.date, e.parties) for e in facts.events] == [("Meeting", "2023-06-30", ["ILO", "VN"])]
    facts = read("Le Van An met Belgian Deputy Prime Minister and Minister of Foreign Affairs, European Affairs, and "
                 "Development Cooperation Max Peeters in Hanoi on March 31.")
    assert officials(facts)["Max Peeters"] == ("BE", ["DeputyPrimeMinister", "ForeignMinister"])


def test_a_title_after_a_name_and_a_dash_and_a_long_list_of_portfolios():
    found = officials(read("Minister Le Van An held talks with Peruvian Minister for Foreign Affairs, International "
                           "Business, Trade and Energy Vince Harris in Hanoi on March 20. Mr. Tran Van Binh - "
                           "Ambassador Extraordinary and Plenipotentiary of Vietnam to Chile also attended."))
    assert found["Vince Harris"] == ("PE", ["ForeignMinister"])
    assert found["Tran Van Binh"] == ("VN", ["Ambassador"])
    assert "Business" not in found


def test_other_demonyms_a_council_of_ministers_president_and_an_ambassadors_form_of_address():
    got = officials(read("Foreign Minister Tran Van An met Argentinean FM Carlos Ruiz, Kazakh Prime Minister Aibek "
                         "Nurlanov and President of the Council of Ministers of Peru Luis Paredes in Lima on Monday. "
                         "Peruvian Foreign Minister Amb. Ana Torres attended."))
    assert got["Carlos Ruiz"] == ("AR", ["ForeignMinister"])
    assert got["Aibek Nurlanov"] == ("KZ", ["HeadOfGovernment"])
    assert got["Luis Paredes"] == ("PE", ["HeadOfGovernment"])
    assert got["Ana Torres"] == ("PE", ["ForeignMinister"])


def test_a_title_naming_its_party_by_a_pronoun():
    got = officials(read("A delegation of the Communist Party of Vietnam led by Tran Van Binh, member of its Central "
                         "Committee, paid a visit to Kenya from August 25-27."))
    assert got["Tran Van Binh"] == ("VN", ["PartyOfficial"])


def test_a_secretary_of_state_at_another_states_foreign_ministry_is_its_deputy_minister():
    got = officials(read("Deputy Foreign Minister Tran Van An and Secretary of State at the Romanian Foreign Ministry "
                         "Elena Popescu held a political consultation in Hanoi on May 14."))
    assert got["Elena Popescu"] == ("RO", ["DeputyForeignMinister"])


def test_working_with_an_organisation_is_multilateral_and_international_peace_is_no_defence_pledge():
    facts = read("Prime Minister Tran Van An received UNDP Administrator Helen Ross in Hanoi on Monday. The PM pledged "
                 "the Government would continue working closely with the organisation.")
    assert pledges(facts) == [(("VN",), ("RegionalMultilateral",))]
    facts = read("President Tran Van An held talks with Palauan President Tommy Rengiil in Hanoi on Monday. They "
                 "agreed to keep close coordination to maintain international peace and security.")
    assert pledges(facts) == [(("PW", "VN"), ("RegionalMultilateral",))]


def test_ranks_abbreviated_without_stops_an_undersecretary_and_a_visitor_received_by_her_host():
    got = officials(read("The delegation was led by Deputy Minister of National Defence Sen. Lieut. Gen Tran Van An."))
    assert got["Tran Van An"] == ("VN", ["DeputyDefenseMinister"])  # the rank read, not taken for a name
    facts = read("The Undersecretary of Foreign Relations of Mexico, Ana Torres, made a working visit to Vietnam. "
                 "She was received by Foreign Minister Tran Van An on Monday.")
    assert officials(facts)["Ana Torres"] == ("MX", ["DeputyForeignMinister"])
    assert ("Meeting", ["Ana Torres", "Tran Van An"]) in [(e.type, e.participants) for e in facts.events]


def test_a_delegation_led_by_its_deputy_minister_holds_working_sessions_with_each_official_listed():
    facts = read("A delegation of the Ministry of Public Security led by its Deputy Minister Tran Van An paid a "
                 "working trip to Kenya from February 24 to March 1. The delegation had working sessions with "
                 "John Mwangi, Deputy Minister of Home Affairs of Kenya; Peter Otieno, Deputy Minister of Police.")
    assert sorted(tuple(e.participants) for e in facts.events if e.type == "Meeting") == [
        ("John Mwangi", "Tran Van An"), ("Peter Otieno", "Tran Van An")]


def test_a_chamber_of_several_portfolios_before_the_name():
    got = officials(read("Tran Van An met Vice President of the Iran Chamber of Commerce, Industries, Mines and "
                         "Agriculture (ICCIMA) Reza Karimi on Monday."))
    assert got["Reza Karimi"][0] == "IR" and "Industries" not in got


def test_political_ties_named_before_the_visits_that_foster_them_are_a_pledge_on_politics_too():
    facts = read("Prime Minister Tran Van An received Tanzanian Deputy Prime Minister John Mwangi in Hanoi on Monday. "
                 "Both sides agreed to foster close political ties via all-level visits.")
    assert pledges(facts) == [(("TZ", "VN"), ("PoliticsDiplomacy", "HighLevelExchange"))]


def test_a_post_one_is_elected_or_appointed_to_after_the_name_is_the_names():
    got = officials(read("The President of Russia congratulated Tran Van An on his re-election to the post of General "
                         "Secretary of the Communist Party of Vietnam and passed on greetings to Le Van Binh, who "
                         "assumed power as President of Vietnam today."))
    assert got["Tran Van An"] == ("VN", ["PartyGeneralSecretary"]) and got["Le Van Binh"] == ("VN", ["HeadOfState"])


def test_the_president_of_an_academy_heads_no_state_and_a_city_vice_chairman_leads_it():
    got = officials(read("A delegation led by Tran Van An, Politburo member and President of the Ho Chi Minh National "
                         "Academy of Politics, met Kenyan President John Mwangi, President of the ODM and President of "
                         "Kenya. Vice Chairman of the Ho Chi Minh City People’s Committee Le Van Binh and NA Vice "
                         "Chairman Do Van Chien attended."))
    assert got["Tran Van An"] == ("VN", ["PartyOfficial"]) and got["John Mwangi"] == ("KE", ["HeadOfState"])
    assert got["Le Van Binh"] == ("VN", ["LocalLeader"]) and got["Do Van Chien"] == ("VN", ["LegislatureLeader"])


def test_foreign_ministries_of_other_names_and_a_governor_general():
    got = officials(read("Namibian Deputy Minister of International Relations and Cooperation Mary Ndapewa and Costa "
                         "Rica’s Minister of Foreign Affairs and Religion, Carlos Ruiz met Deputy Foreign Minister "
                         "Tran Van An on Monday. An also called on Governor-General David Hurst."))
    assert got["Mary Ndapewa"] == ("NA", ["DeputyForeignMinister"])
    assert got["Carlos Ruiz"] == ("CR", ["ForeignMinister"])
    assert got["David Hurst"][1] == ["Official"] and "Religion" not in got  # the head of state's representative


def test_a_plural_title_names_each_of_the_people_listed_after_it_but_a_body_of_ministers_names_none():
    got = officials(read("The delegation held talks with Czech Deputy Foreign Ministers Petr Novak and Jan Dvorak. "
                         "Vietnamese and Chinese Foreign Ministers Le Van An and Wang Lei co-chaired the meeting."))
    assert got["Petr Novak"] == ("CZ", ["DeputyForeignMinister"]) == got["Jan Dvorak"]
    assert got["Le Van An"][0] == "VN" and got["Wang Lei"][0] == "CN"
    got = officials(read("He met the Chairman of the Cabinet of Ministers of Kyrgyzstan Askar Bekov and the Ministers "
                         "of Agriculture and Communication of Ethiopia, on the eve of the Defence Ministers’ Retreat."))
    assert list(got) == ["Askar Bekov"] and got["Askar Bekov"][0] == "KG"


def test_letters_without_a_mark_to_take_off_and_other_orders_of_a_title():
    got = officials(read("Vietnamese Foreign Deputy Minister Le Van An and Norwegian State Secretary Morten Høgberg "
                         "met H.E. Mr. Lars Sørensen, Ambassador of Denmark to Vietnam on the occasion of the forum, "
                         "and Director of the Department of Foreign Affairs at the President’s Office Jan Novak."))
    assert got["Le Van An"] == ("VN", ["DeputyForeignMinister"]) and got["Morten Høgberg"][0] == "NO"
    assert got["Lars Sørensen"] == ("DK", ["Ambassador"]) and "Jan Novak" in got
    got = officials(read("He met Ecuadorian Deputy Foreign Minister in charge of Africa, Asia and the Pacific Rosa "
                         "Mena."))
    assert got["Rosa Mena"] == ("EC", ["DeputyForeignMinister"])


def test_two_sessions_told_in_one_sentence_each_with_those_its_own_words_name():
    facts = read("A Vietnamese delegation led by Deputy Foreign Minister Le Van An visited the Czech Republic from "
                 "April 13-15. The delegation held a political consultation with Czech Deputy Foreign Minister Petr "
                 "Novak and a working session with Deputy Minister of Industry and Trade Jan Dvorak.")
    dialogue = next(e for e in facts.events if e.type == "Dialogue")
    assert "Petr Novak" in dialogue.participants and "Jan Dvorak" not in dialogue.participants


def test_the_numbered_meeting_of_a_cooperation_committee_is_a_session_of_it():
    facts = read("Foreign Minister Le Van An and Indonesian Foreign Minister Siti Rahma co-chaired the third meeting "
                 "of the Vietnam – Indonesia Bilateral Cooperation Committee in Hanoi on April 17.")
    assert [(e.type, e.edition) for e in facts.events] == [("Dialogue", 3)]


def test_pledges_after_for_his_part_an_appraisal_and_of_trade_defence_and_diseases():
    lead = "Trade Minister Le Van An held a working session with Israeli Economy Minister David Levi on Sunday. "
    assert pledges(read(lead + "For his part, Levi agreed to continue trade promotion between the ministries.")) == [
        (("IL",), ("EconomyTrade",))]  # not "is" read in "his part" as a passive
    assert pledges(read(lead + "They expressed their delight at the cooperation, agreeing to step up delegation "
                               "exchanges at all levels.")) == [(("IL", "VN"), ("HighLevelExchange",))]
    assert pledges(read(lead + "The two sides promised to sign an MoU on trade defence and will collaborate in "
                               "handling infectious diseases.")) == [(("IL", "VN"), ("EconomyTrade", "Health"))]


def test_an_anniversary_the_story_looks_towards_dates_no_event():
    facts = read("Foreign Minister Le Van An held phone talks with Argentine Foreign Minister Carlos Ruiz on April 18 "
                 "to boost relations towards the celebration of the 50th anniversary of diplomatic ties in 2023.",
                 published=None)
    assert main(facts).date is None


def test_state_councilors_apposed_titles_and_one_title_heading_a_bank_for_one_and_a_state_for_another():
    got = officials(read("Chinese State Councilor Wang Lei met Deputy Foreign Minister Le Van An. The Indian side "
                         "was led by Anita Rao, the Vietnamese side by Tran Van Binh, the country's vice foreign "
                         "minister."))
    assert got["Wang Lei"] == ("CN", ["Official"])
    assert got["Tran Van Binh"] == ("VN", ["DeputyForeignMinister"])
    got = officials(read("On April 4, Mr. Le Van An, Secretary of the City Party Committee hosted Korean Consul "
                         "General Kim Min-su. Vietnamese President Do Van Chien received President of the Asian "
                         "Infrastructure Investment Bank (AIIB) Zhang Wei."))
    assert got["Le Van An"] == ("VN", ["LocalLeader"]) and got["Do Van Chien"] == ("VN", ["HeadOfState"])
    assert got["Zhang Wei"] == ("AIIB", ["AgencyHead"])


def test_a_title_after_an_em_dash_and_a_subject_after_a_name_ending_an_opening_phrase():
    got = officials(read("A party delegation led by Tran Van An—Politburo member, Secretary of the Party "
                         "Central Committee—visited Angola. During his meeting with the Armenian President Armen "
                         "Petrosyan, the Vietnamese PM welcomed the proposal."))
    assert got["Tran Van An"] == ("VN", ["PartyOfficial"]) and got["Armen Petrosyan"] == ("AM", ["HeadOfState"])


def test_a_meeting_at_a_numbered_session_is_the_session_and_a_virtual_summit_a_call():
    facts = read("Chinese State Councilor Wang Lei on Monday met with Deputy Prime Minister Le Van An at the 10th "
                 "meeting of the China-Vietnam steering committee on cooperation.")
    assert [(e.type, e.edition) for e in facts.events] == [("Dialogue", 10)]
    facts = read("Indian Prime Minister Narendra Rao and Prime Minister Le Van An held a virtual summit on Monday.")
    assert [e.type for e in facts.events] == ["PhoneCall"]
    facts = read("India and Vietnam held their 10th Foreign Office Consultations on April 9. The Indian side was "
                 "led by Anita Rao, Secretary (East), and the Vietnamese side was headed by Deputy Foreign Minister "
                 "Le Van An.")
    assert set(main(facts).participants) == {"Anita Rao", "Le Van An"}


def test_pledges_of_defence_chiefs_of_two_states_what_ministers_decided_and_an_agreed_initiative():
    lead = "Defence Minister Le Van An held talks with Belarusian Defence Minister Viktor Petrov on Tuesday. "
    assert pledges(read(lead + "The defense chiefs of Belarus and Vietnam agreed to strengthen defense cooperation.")) \
        == [(("BY", "VN"), ("DefenseSecurity",))]
    assert pledges(read(lead + "The ministers decided to explore cooperation in areas such as cybersecurity.")) == [
        (("BY", "VN"), ("Cybersecurity",))]
    facts = read(lead + "Petrov affirmed that the Belarussian defence ministry will closely coordinate with its "
                        "Vietnamese side to implement the agreed initiatives.")
    assert pledges(facts) == [(("BY",), ("DefenseSecurity",))]


def test_a_counterpart_only_where_so_called_a_nickname_in_quotes_and_titles_set_off_by_commas():
    got = officials(read("State President Le Van An received visiting Bolivian Vice President Carlos Mesa on "
                         "September 25. The same day, Vice State President Tran Thi Binh held talks with her "
                         "Bolivian counterpart Carlos Mesa."))
    assert got["Carlos Mesa"] == ("BO", ["VicePresident"])
    got = officials(read("President Ferdinand 'Bongbong' Ramos Jr. met Prime Minister Le Van An. The Vice Chairman of "
                         "Ha Giang Provincial People's Committee, Mr. Tran Van Binh, received a courtesy visit."))
    assert got["Ferdinand 'Bongbong' Ramos Jr."][1] == ["HeadOfState"]
    assert got["Tran Van Binh"] == ("VN", ["LocalLeader"])
    got = officials(read("The Minister of Police of South Africa, Mr John Dube and his counterpart General Le Van An, "
                         "Minister of Public Security of Vietnam today held discussions."))
    assert got["Le Van An"] == ("VN", ["PublicSecurityMinister"])
    got = officials(read("Sen. Lieut. Gen. Le Van An and visiting Sen. Lieut. Gen. Jose Perez Ruiz, Chief of the "
                         "General Staff and Deputy Minister of the Cuban Revolutionary Armed Forces held talks."))
    assert got["Jose Perez Ruiz"] == ("CU", ["DeputyDefenseMinister"])


def test_agreements_reached_and_aid_for_floods():
    lead = "Prime Minister Le Van An held talks with Japanese Prime Minister Kenji Sato in Hanoi on Monday. "
    assert pledges(read(lead + "The two sides reached an agreement on transfer of military equipment.")) == [
        (("JP", "VN"), ("DefenseSecurity",))]
    assert pledges(read(lead + "Sato said the Japanese government has decided to provide equipment to mitigate "
                               "damages caused by serious flooding.")) == [(("JP",), ("Humanitarian",))]


def test_a_session_told_with_no_one_named_is_led_by_the_officials_named_after_it():
    facts = read("Vietnam and Mongolia on December 9, 2020 agreed to enhance their friendship. During the ninth "
                 "political consultation between the two foreign ministries, the sides exchanged views. Vietnamese "
                 "Deputy Minister of Foreign Affairs Le Van An said Vietnam treasures Mongolia’s support. Mongolian "
                 "Deputy Foreign Minister Bat Erdene said Mongolia values the ties.")
    assert [(e.type, e.edition, sorted(e.participants)) for e in facts.events] == [
        ("Dialogue", 9, ["Bat Erdene", "Le Van An"])]


def test_he_opening_sentence_after_sentence_stays_the_one_named_before():
    facts = read("Deputy Prime Minister Le Van An met Venezuelan President Carlos Mendez on Monday. President Mendez "
                 "hailed Vietnam as a model. He believed that the Deputy PM’s visit will open a new phase. He also "
                 "affirmed his determination to foster relations with Vietnam.")
    assert pledges(facts) == [(("VE",), ("PoliticsDiplomacy",))]


def test_a_dateline_abroad_is_the_home_of_an_unqualified_leader_and_a_counterpart_in_a_quote_the_protagonists():
    got = officials(read("KUALA LUMPUR: Prime Minister Ahmad Razak held talks with four leaders at the ASEAN Summit "
                         "in Labuan Bajo, Indonesia, today. “I also had a bilateral meeting with my counterpart from "
                         "Laos, Khamla Sivong,” he said."))
    assert got["Ahmad Razak"] == ("MY", ["HeadOfGovernment"])
    assert got["Khamla Sivong"] == ("LA", ["HeadOfGovernment"])


def test_an_area_named_in_a_fronted_phrase_and_industrial_parks():
    lead = "Deputy Minister Le Van An held talks with Cuban Deputy Minister of the Interior Jose Perez on Monday. "
    assert pledges(read(lead + "In the field of health care, the two ministries will continue bolstering "
                               "collaboration in cancer treatment.")) == [(("CU", "VN"), ("Health",))]
    assert pledges(read(lead + "The two sides also agreed to expand collaboration in industrial parks.")) == [
        (("CU", "VN"), ("EconomyTrade",))]


def test_a_leader_who_told_a_visiting_minister_met_him_and_a_presidential_assistant():
    facts = read("HANOI — Vietnam values its ties with Lithuania, Prime Minister Le Van An told visiting Minister of "
                 "Foreign Affairs of Lithuania Jonas Petraitis in Hanoi on Wednesday.", published="2023-10-26")
    assert [(e.type, e.date) for e in facts.events] == [("Meeting", "2023-10-25")]
    got = officials(read("During a reception in Hanoi on November 6 for Deputy Chairman of the National Congress Party "
                         "of Sudan and Presidential Assistant Omar Hassan Ali, Politburo member Le Van An spoke."))
    assert got["Omar Hassan Ali"] == ("SD", ["PresidentialAide"])


def test_a_meeting_told_only_by_reference_after_a_visit_brings_host_and_visitor_together():
    facts = read("Yen Bai (VNA) – A delegation headed by Indian Ambassador to Vietnam Rahul Mehta paid a working "
                 "visit to the northern province of Yen Bai on September 21, 2023. During the meeting, Chairman of "
                 "the provincial People’s Committee Tran Van An briefed the guests on the local potential.")
    assert ("Meeting", ["Tran Van An", "Rahul Mehta"]) in [(e.type, e.participants) for e in facts.events]


def test_a_parliament_speaker_and_the_national_assembly_with_its_acronym():
    got = officials(read("TEHRAN – Ali Rezaei, Iran’s Parliament Speaker, said on Tuesday that the two countries "
                         "agreed to expand ties, at a press conference with Vietnam’s National Assembly (NA) Chairman "
                         "Le Van An."))
    assert got["Ali Rezaei"] == ("IR", ["LegislatureLeader"]) and got["Le Van An"] == ("VN", ["LegislatureLeader"])
    got = officials(read("Tran Van Binh, Secretary of the CPV Central Committee, signed the agreement with Lao "
                         "Foreign Minister Somsak Vong."))
    assert got["Tran Van Binh"] == ("VN", ["PartyOfficial"])


def test_the_two_have_agreed_is_both_sides():
    facts = read("Iranian Parliament Speaker Ali Rezaei held talks with Vietnamese NA Chairman Le Van An on Tuesday. "
                 "Rezaei said the two have agreed to strengthen ties in fields including economy and health.")
    assert pledges(facts) == [(("IR", "VN"), ("EconomyTrade", "Health"))]


def test_the_state_after_the_name_a_gloss_in_brackets_and_a_portfolio_before_an_initial():
    facts = read("The consultations were co-chaired by Secretary (East) Anil Mehra of India and Vice Foreign Minister "
                 "Le Van An of Vietnam on Friday.")
    assert officials(facts) == {"Anil Mehra": ("IN", ["Official"]), "Le Van An": ("VN", ["DeputyForeignMinister"])}
    got = officials(read("Chairman Le Van An met Speaker of the Lok Sabha (House of the People) of India Ravi "
                         "Nair, and Singaporean Minister for Home Affairs and Law K. Raman."))
    assert got["Ravi Nair"] == ("IN", ["LegislatureLeader"]) and got["K. Raman"] == ("SG", ["Minister"])
    got = officials(read("Deputy Minister Le Van An received U.S. Assistant Secretary of Defense Ellen Ross in "
                         "Hanoi on Tuesday, and the two sides discussed the outcomes of the defence policy dialogue."))
    assert got["Ellen Ross"] == ("US", ["Official"])


def test_a_sea_named_after_a_state_is_neither_a_name_nor_the_state():
    facts = read("Prime Minister Sato Kenji met Prime Minister Le Van An. On the East China Sea, PM Sato said Japan "
                 "will work with Vietnam.")
    assert officials(facts) == {"Sato Kenji": ("JP", ["HeadOfGovernment"]),
                                "Le Van An": ("VN", ["HeadOfGovernment"])}


def test_talks_during_which_a_wish_is_voiced_and_talks_told_after_the_visit_with_the_hosts_middle_name():
    event = main(read("Foreign Minister Le Van An expressed Vietnam's wish to deepen cooperation with Brazil during "
                      "talks with Brazilian Minister of External Relations Paulo Souza in Hanoi on July 27."))
    assert (event.type, sorted(event.participants)) == ("Talks", ["Le Van An", "Paulo Souza"])
    facts = read("Foreign Minister Le Van Hung is paying an official visit to Cuba from May 19-21 at the invitation of "
                 "Cuban Foreign Minister Jose Perez Castillo. During their talks on May 20, Hung and Perez reviewed "
                 "ties.", published="2019-05-21")
    talks = next(e for e in facts.events if e.type == "Talks")
    assert (talks.date, sorted(talks.participants)) == ("2019-05-20", ["Jose Perez Castillo", "Le Van Hung"])
    facts = read("Foreign Minister Le Van Hung is paying an official visit to Cuba from May 19-21 at the invitation of "
                 "Cuban Foreign Minister Jose Perez Castillo. During their talks on May 20, the two ministers "
                 "reviewed ties.", published="2019-05-21")
    assert sorted(next(e for e in facts.events if e.type == "Talks").participants) == ["Jose Perez Castillo",
                                                                                        "Le Van Hung"]


def test_two_numbered_sessions_told_in_one_sentence_are_two_main_dialogues():
    facts = read("India and Vietnam on Monday held the 12th round of Political Consultations and the ninth round of "
                 "Strategic Dialogue in New Delhi. Anil Mehra, Secretary (East), co-chaired the Political "
                 "Consultations and the Strategic Dialogue with his counterpart, Vice Foreign Minister Le Van An.",
                 published="2022-05-31")
    assert sorted((e.type, e.edition, e.main) for e in facts.events) == [("Dialogue", 9, True),
                                                                         ("Dialogue", 12, True)]


def test_a_programme_is_no_pledge_and_keeping_citizens_safe_is_humanitarian():
    facts = read("As part of his visit, the Deputy President will hold official talks with Vice President Le Thi An "
                 "and pay a courtesy call on the President.")
    assert pledges(facts) == []
    facts = read("President Khalid Saeed of the UAE said he would make every effort to ensure the safety of "
                 "Vietnamese citizens and is ready to arrange for their return home.")
    assert pledges(facts) == [(("AE",), ("Humanitarian",))]


def test_a_newly_appointed_ambassadors_call_a_telephone_conference_and_a_dialogue_between_spaced_names():
    facts = read("MEXICO CITY — Newly-appointed Vietnamese Ambassador to Mexico Le Van An paid a courtesy call to "
                 "President of the Mexican Senate Jorge Ruiz on October 15.", published="2024-10-16")
    assert (main(facts).type, sorted(main(facts).participants)) == ("Meeting", ["Jorge Ruiz", "Le Van An"])
    facts = read("On February 13th, Japanese Prime Minister Sato Kenji held a telephone conference with H.E. Mr. Le "
                 "Van An, Prime Minister of the Socialist Republic of Viet Nam.", published="2015-02-14")
    assert main(facts).type == "PhoneCall"
    facts = read("Deputy Foreign Minister Le Van An held an online talk with Minister of State at the Federal Foreign "
                 "Office of Germany Paul Weber on July 23.", published="2020-07-24")
    assert (main(facts).type, main(facts).places) == ("PhoneCall", [])
    facts = read("The fourth Vietnam – Laos ministerial-level defence policy dialogue was held in Dien Bien on March "
                 "20 under the chair of Deputy Defence Minister Le Van An and his Lao counterpart Somsak Vongsa.",
                 published="2024-03-20")
    assert (main(facts).type, main(facts).edition) == ("Dialogue", 4)


def test_leaders_named_by_one_word_after_a_plural_title_agree_and_the_states_agreed_on_are_the_actors():
    lead = "President Le Van Hung held talks with Indonesian President Budi Santoso in Jakarta. "
    assert pledges(read(lead + "Presidents Hung and Santoso agreed to build an action plan on trade.")) == [
        (("ID", "VN"), ("EconomyTrade",))]
    assert pledges(read(lead + "The visit was a milestone as the leaders agreed that Vietnam and Indonesia will soon "
                     "build an action plan on trade.")) == [(("ID", "VN"), ("EconomyTrade",))]


def test_a_summit_ahead_of_which_a_leader_visits_frames_the_talks_it_does_not_replace():
    facts = read("President Le Van Hung is the first foreign leader to visit Thailand prior to the 29th APEC Economic "
                 "Leaders' Meeting. Following the talks, President Hung and Thai Prime Minister Somchai Wong witnessed "
                 "the signing of agreements.", published="2022-11-16")
    assert sorted(e.type for e in facts.events if e.main) == ["Talks", "Visit"]


def test_what_a_defence_channel_pledges_with_no_area_named_and_what_two_states_are_set_to_do():
    facts = read("HANOI — Defence Minister Le Van An held talks with his Lao counterpart Somsak Vongsa on December 18. "
                 "Looking ahead, the two ministers committed to the comprehensive implementation of the plan.",
                 published="2024-12-18")
    assert pledges(facts) == [(("LA", "VN"), ("DefenseSecurity",))]
    facts = read("Prime Minister Le Van An held talks with Australian Prime Minister John Hale in Sydney on March 15. "
                 "Australia and Vietnam are set to increase cooperation on vocational education. Hale is set to "
                 "visit Hanoi next year. The two leaders agreed to maintain all-level exchanges.",
                 published="2018-03-16")
    assert pledges(facts) == [(("AU", "VN"), ("Education",)), (("AU", "VN"), ("HighLevelExchange",))]


def test_party_commission_heads_a_delegation_sent_to_visit_and_plans_that_are_no_visit():
    facts = read("Politburo member and head of the Party Central Commission for Mass Mobilisation Le Thi Lan led a "
                 "Vietnamese delegation to visit Qatar from August 17 to 21.", published="2019-08-21")
    assert officials(facts) == {"Le Thi Lan": ("VN", ["PartyOfficial"])}
    assert (main(facts).type, main(facts).places) == ("Visit", ["Qatar"])
    got = officials(read("The minister also met the Chairman of the External Relation Commission of the Communist "
                         "Party of Vietnam, Le Van Hung, in Hanoi on Monday."))
    assert got["Le Van Hung"] == ("VN", ["PartyOfficial"])
    facts = read("Prime Minister Sato Kenji of Japan called Prime Minister Le Van An. Kyodo reported that Sato is "
                 "planning to visit Vietnam and Indonesia in mid-October.", published="2020-10-13")
    assert [e.type for e in facts.events] == ["PhoneCall"]


def test_a_receiving_minister_and_his_counterpart_and_a_call_told_as_speaking_with_on_the_phone():
    facts = read("There is great potential, Minister of Industry and Trade Le Van An said on February 20 when "
                 "receiving his Czech counterpart Jan Novak.", published="2023-02-20")
    assert (main(facts).type, sorted(main(facts).participants)) == ("Meeting", ["Jan Novak", "Le Van An"])
    facts = read("Korean Minister of Foreign Affairs Kim Min-ho spoke with Minister of Foreign Affairs of Viet Nam Le "
                 "Van An on the phone on April 28.", published="2021-04-29")
    assert (main(facts).type, main(facts).date) == ("PhoneCall", "2021-04-28")


def test_agreeing_after_a_meeting_told_first_or_with_the_other_sides_proposal_is_both_sides():
    lead = "Foreign Minister Le Van An met Korean Foreign Minister Park Min-ho in Phnom Penh on August 5. "
    assert pledges(read(lead + "Meeting with Foreign Minister Park, minister An agreed that the focus would be to "
                        "continue exchanging delegations at all levels.")) == [(("KR", "VN"), ("HighLevelExchange",))]
    assert pledges(read(lead + "Park agreed with Le Van An's proposal on promoting trade and investment.")) == [
        (("KR", "VN"), ("EconomyTrade",))]


def test_a_readout_of_a_call_the_secretary_spoke_today_with_a_minister():
    facts = read("Washington, DC. The following is attributable to the Spokesperson: Secretary of State John Hale "
                 "spoke today with Vietnamese Deputy Prime Minister and Foreign Minister Le Van An.",
                 published="2020-05-05")
    assert (main(facts).type, main(facts).date, sorted(main(facts).participants)) == (
        "PhoneCall", "2020-05-05", ["John Hale", "Le Van An"])


def test_portfolio_lists_honorifics_in_a_row_and_a_name_after_a_party_written_in_capitals():
    facts = read("Welcoming the delegation at the airport were Kenyan Minister of Sea, Lakes and Fisheries Mary "
                 "Otieno and Canadian Minister of Trade, Export Promotion and Small Business Anne Roy. Le Van An "
                 "will also meet General Secretary of the Jubilee Party Peter Kamau.")
    got = officials(facts)
    assert got["Mary Otieno"] == ("KE", ["Minister"]) and got["Anne Roy"] == ("CA", ["Minister"])
    assert "Peter Kamau" in got and not {"Lakes", "Export Promotion", "Small Business"} & set(got)
    facts = read("CAIRO - Egyptian Minister of Planning H.E. Dr. Amina S. Farouk held talks with Deputy Prime "
                 "Minister Le Van An on Monday.", published="2023-07-27")
    assert officials(facts)["Amina S. Farouk"] == ("EG", ["Minister"])


def test_the_spelling_written_first_names_a_person_written_two_ways():
    facts = read("Prime Minister Le Van An held talks with Hungarian Prime Minister Zoltán Kovács in Budapest. "
                 "Prime Minister Zoltan Kovacs said Hungary values Vietnam.")
    assert [o.name for o in facts.officials] == ["Le Van An", "Zoltán Kovács"]
    facts = read("President Juan Reyes Jr met Prime Minister Le Van An in Manila on Monday, and the two leaders "
                 "discussed trade. Le Van An thanked President Juan Reyes Jr.")
    assert "Juan Reyes Jr" in officials(facts)


def test_a_press_conference_an_outgoing_ambassador_and_an_invitation_across_a_list_of_portfolios():
    facts = read("Minister of Foreign Affairs Le Van An on December 31 received outgoing Ambassador of Oman to Viet "
                 "Nam Salim Al-Harthy. A joint press conference was held afterwards.",
                 published="2025-12-30")
    assert [(e.type, e.date) for e in facts.events] == [("Meeting", "2025-12-31")]
    facts = read("Minister Le Van An met Canadian Deputy Minister Paul Tremblay on December 14. An asked Tremblay "
                 "to convey his invitations to Minister of International Trade, Export Promotion and Small "
                 "Business Anne Roy to visit Viet Nam.", published="2023-12-14")
    assert [e.type for e in facts.events] == ["Meeting"]


def test_a_headline_of_the_talks_takes_where_the_story_says_they_were_and_a_call_made_that_day():
    facts = read("Vietnamese, Hungarian PMs hold talks\nPrime Minister Le Van An held talks with his Hungarian "
                 "counterpart Zoltan Kovacs in Budapest on January 18.", published="2024-01-18")
    assert (main(facts).type, main(facts).places) == ("Talks", ["Budapest"])
    facts = read("Updated November 9th, 2021 at 14:41 IST\nAustralian Foreign Minister Jane Hill on Tuesday held "
                 "talks with Foreign Minister Le Van An in Hanoi. Hill also paid a courtesy call on Prime Minister "
                 "Tran Van Binh on Tuesday morning.", published=None)
    assert sorted((e.type, e.date) for e in facts.events if e.main) == [
        ("Meeting", "2021-11-09"), ("Talks", "2021-11-09")]


def test_a_headline_in_title_case_names_no_one_after_a_title_and_a_videoconference_is_a_call():
    facts = read("Kim and Vietnam's New President Agree to Strengthen Bilateral Cooperation in Phone Call\nSEOUL, June "
                 "8 -- South Korean President Kim Min-ho held a videoconference with Vietnamese President Le Van An on "
                 "Wednesday.",
                 published="2022-06-08")
    assert set(officials(facts)) == {"Kim Min-ho", "Le Van An"}
    assert [(e.type, e.date) for e in facts.events] == [("PhoneCall", "2022-06-08")]


def test_a_pledge_coordinated_after_an_appraisal_is_the_subjects_not_a_state_named_on_the_way():
    facts = read("German Foreign Minister Karl Weber met Foreign Minister Le Van An in Berlin on February 20. The "
                 "German side spoke highly of the importance of the EU – Vietnam Free Trade Agreement and vowed to do "
                 "its best to sign and ratify the deal at an earliest time.", published="2019-02-20")
    assert [tuple(c.actors) for c in facts.commitments] == [("DE",)]


def test_the_president_of_a_states_assembly_leads_its_legislature():
    facts = read("President Le Van An received visiting President of the Mozambican Assembly Ana Bias in Hanoi.")
    assert officials(facts)["Ana Bias"] == ("MZ", ["LegislatureLeader"])
