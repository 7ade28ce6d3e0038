from __future__ import annotations

from kg.clean import clean
from kg.model import Article

PAGE = """URL: https://example.vn/tin/123
Nhỏ Bình thường Lớn
0:00 / 0:00
Thủ tướng hội đàm với Thủ tướng Lào
08:33 | 18/08/2017 GMT+7
TTXVN - Chiều 17/8, tại Viêng Chăn, Thủ tướng Nguyễn Văn A đã hội đàm với Thủ tướng Lào B. \
Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, đầu tư trên cơ sở cùng có lợi \
và bền vững lâu dài cho cả hai nước./.
http://example.vn/x
Theo TTXVN
Tin liên quan
Thủ tướng gặp Tổng thống Mỹ
"""


def test_story_only():
    article = clean(Article(id="p", text=PAGE))
    assert article.url == "https://example.vn/tin/123"
    assert article.published == "2017-08-18"
    assert article.title == "Thủ tướng hội đàm với Thủ tướng Lào"
    assert article.text.splitlines()[1].startswith("Chiều 17/8")
    assert "Tổng thống Mỹ" not in article.text and "0:00" not in article.text and "Theo" not in article.text


def test_repeated_teaser_headlines_end_the_story():
    text = "Tiêu đề\n" + "Câu chuyện dài. " * 20 + "\nBài khác\nBài khác\nTóm tắt bài khác ..."
    assert "Bài khác" not in clean(Article(id="p", text=text)).text


def test_photo_credit_is_dropped_but_caption_kept():
    text = "Thủ tướng tiếp Chủ tịch Quốc hội New Zealand, chiều 28-8. Ảnh: QUANG PHÚC"
    assert clean(Article(id="p", text=text)).text == "Thủ tướng tiếp Chủ tịch Quốc hội New Zealand, chiều 28-8."


def test_sentences_do_not_end_at_an_abbreviation():
    from kg.extract.text import split_sentences
    from kg.lexicon import lexicon

    text = ("Đoàn đến Washington D.C. Chiều cùng ngày, PGS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh. "
            "Ông gặp Mr. Smith ở Mỹ. Năm 2024 hai nước ký IV. Hiệp định. Trụ sở ABCD. Sau đó về nước.")
    assert [s.text for s in split_sentences(text, lexicon("vi"))] == [
        "Đoàn đến Washington D.C. Chiều cùng ngày, PGS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh.",
        "Ông gặp Mr. Smith ở Mỹ.", "Năm 2024 hai nước ký IV. Hiệp định.", "Trụ sở ABCD.", "Sau đó về nước."]


def test_a_dateline_written_with_hyphens_or_dots():
    for line, published in [("Thứ Bảy, 10-04-2021, 02:00", "2021-04-10"), ("10.04.2021 08:00", "2021-04-10")]:
        page = f"Điện đàm\n{line}\nNgày 9-4, Bộ trưởng Ngoại giao Lào đã gọi điện chúc mừng Bộ trưởng Ngoại giao."
        assert clean(Article(id="p", text=page)).published == published


def test_a_numeric_dateline_beside_a_twelve_hour_clock_is_month_first():
    for line, published in [("1:57:11 PM | 11/5/2008", "2008-11-05"), ("05/12/2022 08:40 PM EDT", "2022-05-12"),
                            ("11/5/2008 13:57", "2008-05-11"), ("11/25/2008", "2008-11-25")]:
        page = f"Talks\n{line}\nThe visiting guest held talks with his Vietnamese counterpart on Monday."
        assert clean(Article(id="p", text=page)).published == published


def test_a_weekday_in_the_dateline_tells_which_number_is_the_month():
    for line, published in [("- Cập nhật: Thứ năm, 3/11/2011 | 8:13:01 AM", "2011-11-03"),  # a Thursday
                            ("Monday, 3/11/2011 9:00 AM", "2011-03-11"),  # a Friday either way: the clock decides
                            ("Wednesday, 4/10/2019 10:00", "2019-04-10")]:  # 4 October was a Friday
        page = f"Talks\n{line}\nThe visiting guest held talks with his Vietnamese counterpart on Nov 2."
        assert clean(Article(id="p", text=page)).published == published


def test_a_dateline_with_the_month_after_thang_or_beside_an_icons_name():
    for line, published in [("Thứ năm, 12 Tháng 6 2014 13:57", "2014-06-12"), ("ClockWednesday, 09/03/2022 14:27",
                                                                              "2022-03-09")]:
        page = f"Hội đàm\n{line}\nChiều 11/6, Thủ tướng Nguyễn Văn An đã hội kiến Tổng thống Algeria Karim Saadi."
        assert clean(Article(id="p", text=page)).published == published


def test_the_sites_clock_above_the_headline_gives_way_to_the_storys_dateline():
    page = ("Thứ Hai, 18/11/2024 03:42 SA\nThủ tướng hội kiến Tổng thống Algeria\nThứ Ba, 02/06/2015 11:23 SA\n"
            "Chiều 1/6, Thủ tướng Nguyễn Văn An đã hội kiến Tổng thống Algeria Karim Saadi.")
    assert clean(Article(id="p", text=page)).published == "2015-06-02"
    page = "Thủ tướng hội kiến Tổng thống\nThứ Ba, 02/06/2015 11:23 SA\nThứ Hai, 18/11/2024 03:42 SA\nChiều 1/6."
    assert clean(Article(id="p", text=page)).published == "2015-06-02"  # below the headline, the first


def test_a_date_at_the_end_of_the_page_address_day_first():
    page = ("URL: http://example.vn/thu-tuong-hoi-dam-voi-thu-tuong-kazakhstan-16-09-2009/\n"
            "Sáng 15/9, Thủ tướng Nguyễn Văn An hội đàm với Thủ tướng Kazakhstan Karim Massimov.")
    assert clean(Article(id="p", text=page)).published == "2009-09-16"


def test_a_page_id_carrying_the_date_as_two_digit_year_month_day_and_time():
    from kg.clean import url_date

    assert url_date("https://example.vn/thu-tuong-gap-tong-thong-196241024102331542.htm") == "2024-10-24"
    assert url_date("https://example.vn/tin-tuc-123456.htm") is None
    assert url_date("https://example.vn/chu-tich-nuoc-se-tham/c/20850420.epi") is None  # an id, no date


def test_a_month_folder_of_the_page_address_written_as_year_and_month():
    from kg.clean import url_date

    assert url_date("https://example.jp/eng/magazine/html/201911/201911_03_en.html") == "2019-11"
    assert url_date("https://example.jp/eng/magazine/html/201913/x.html") is None  # no thirteenth month


def test_a_dateline_with_no_space_after_the_comma_before_the_year():
    page = "Talks\n Tuesday, March 5,2019\nOn the morning of March 4, the Minister held talks with his guest."
    assert clean(Article(id="p", text=page)).published == "2019-03-05"


def test_a_wire_credit_with_its_date_in_brackets_before_the_story():
    page = ("Ministers meet\nHANOI (Example News / Wire - 14th May, 2021) Defence Minister Tran Van Binh "
            "and his Thai counterpart met on Thursday.")
    assert clean(Article(id="p", text=page)).text.splitlines()[-1].startswith("Defence Minister Tran Van Binh")


def test_a_caption_written_twice_does_not_end_a_story_of_short_paragraphs():
    caption = "Bộ trưởng Lê Văn An và Tổng Thư ký Anna Berg tại trụ sở OIF."
    text = ("Tiêu đề\n" + "Câu chuyện dài. " * 20 + f"\n{caption}\n{caption}\n"
            "Tại buổi làm việc, hai bên nhất trí tăng cường hợp tác về giáo dục.\n"
            "Bà Anna Berg cảm ơn Việt Nam. (Ảnh: Văn An).")
    cleaned = clean(Article(id="p", text=text)).text
    assert "tăng cường hợp tác về giáo dục" in cleaned and cleaned.endswith("Bà Anna Berg cảm ơn Việt Nam.")


def test_a_numeric_dateline_read_month_first_where_the_lead_names_that_month():
    for lead, published in [("paid an official visit to Vietnam from December 3 to 5.", "2023-12-05"),
                            ("paid an official visit to Vietnam from May 10 to 12.", "2023-05-12")]:
        page = f"Title\n16:19 | 12/05/2023\nThe Malaysian Defence Minister {lead}"
        assert clean(Article(id="p", text=page)).published == published
    page = "Tiêu đề\n12/05/2023 16:19\nNgày 3/12, Bộ trưởng thăm Việt Nam."  # no month in words: day first
    assert clean(Article(id="p", text=page)).published == "2023-05-12"


def test_a_date_in_the_page_address_written_yyyy_mmdd():
    page = "URL: http://en.example.cn/n3/2024/0820/c90000-20207966.html\nThe minister met his counterpart on Tuesday."
    assert clean(Article(id="p", text=page)).published == "2024-08-20"


def test_a_writers_byline_before_the_date_and_a_menu_word_above_a_sites_clock():
    page = "Tiêu đề bài viết\nLê Anh - 02/07/2021 08:19 (GMT+7)\nTối 1/7, Thủ tướng Lê Văn An đã điện đàm với Cuba."
    assert clean(Article(id="p", text=page)).published == "2021-07-02"
    page = ("Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nChủ tịch nước hội đàm Tổng thống Sri Lanka\n"
            "PV - 16:15, 05/05/2025\nSáng 5/5, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Sri Lanka.")
    assert clean(Article(id="p", text=page)).published == "2025-05-05"


def test_other_stories_headlines_between_the_dateline_and_the_lead_are_dropped():
    page = ("Thành phố xúc tiến hợp tác với Argentina\nCập nhật: 16/11/2022\nTổng Bí thư thăm tỉnh Hà Giang\n"
            "Sáng 16/11, ông Lê Văn An tiếp đoàn đại biểu Argentina.")
    assert clean(Article(id="p", text=page)).text == ("Thành phố xúc tiến hợp tác với Argentina\nSáng 16/11, ông Lê "
                                                      "Văn An tiếp đoàn đại biểu Argentina.")
    page = "Liên kết website\nChính phủ\nĐại sứ Australia đến thăm tỉnh\nNgày cập nhật 25/06/2013\nSáng 6/6, ông tiếp."
    assert "Đại sứ Australia đến thăm tỉnh" in clean(Article(id="p", text=page)).text  # above the dateline: kept


def test_a_byline_with_its_date_as_a_content_system_writes_it():
    page = ("Submitted by editor on Fri, 06/13/2008 - 09:10\nMozambique hopes to boost trade with Vietnam, said its "
            "Trade Minister, who met Deputy Prime Minister Le Van An in Hanoi on June 12.")
    article = clean(Article(id="p", text=page))
    assert article.published == "2008-06-13" and article.text.startswith("Mozambique")


def test_a_line_ending_in_a_function_word_goes_on_on_the_next_one():
    page = ("HANOI, Oct. 21 (Yonhap) -- South Korean President Kim Min-su and his\nVietnamese counterpart Le Van An "
            "agreed Wednesday to upgrade the\nrelationship between their countries.")
    assert clean(Article(id="p", text=page)).text.startswith("South Korean President Kim Min-su and his Vietnamese")


def test_a_menu_line_ending_in_a_colon_is_no_story_before_a_latest_news_heading():
    page = ("Follow us:\nChange language: English\nLatest news\nMongolia and Vietnam to enhance ties\nVietnam values "
            "its friendship with Mongolia, Deputy Prime Minister Le Van An said while meeting with visiting Mongolian "
            "Foreign Minister Bat Erdene.")
    assert "Deputy Prime Minister Le Van An" in clean(Article(id="p", text=page)).text


def test_a_list_of_other_stories_headlines_below_the_story_is_dropped_but_a_cut_last_sentence_kept():
    story = "Chiều 5/3, Bộ trưởng Lê Văn An tiếp Đại sứ Úc. " * 8
    text = (story + "\n\n   Câu lạc bộ thơ tỉnh phấn đấu có năm tác phẩm\n\n   Chủ tịch nước: Hà Nội cần đổi mới, tiên "
            "phong\nTo")
    assert clean(Article(id="p", text=text)).text == story.strip()
    assert clean(Article(id="p", text=story + "\nHai bên nhất trí tăng cường hợp tác về")).text.endswith("hợp tác về")


def test_sentences_run_together_after_a_two_letter_word_and_a_dateline_opening_the_story():
    text = "Hai bên kỷ niệm quan hệ giữa Việt Nam và Ấn Độ.Sáng 21/4, Thứ trưởng Lê Văn An tiếp Đại sứ Ấn Độ. " * 3
    assert "Ấn Độ. Sáng 21/4" in clean(Article(id="p", text=text)).text
    assert "Mr.Smith" in clean(Article(id="p", text="The minister met Mr.Smith in Hanoi on Monday. " * 3)).text
    article = clean(Article(id="p", text="HANOI, Oct 13, 2020, VNS. Prime Minister Le Van An on Monday congratulated "
                                         "his Japanese counterpart on his election victory."))
    assert article.published == "2020-10-13" and article.text.startswith("Prime Minister Le Van An on Monday")


def test_a_dateline_written_year_first():
    text = "Press Releases\nOutcome of the Telephone Conversation\nDate\n2021-04-29\n" + "The ministers spoke. " * 10
    assert clean(Article(id="p", text=text)).published == "2021-04-29"
