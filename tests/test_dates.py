from __future__ import annotations

from kg.extract.dates import context_year, event_dates, find_dates, resolve
from kg.lexicon import lexicon


def iso(text, year=None, published=None):
    return [resolve(d, year, published) for d in find_dates(text, "vi")]


def test_forms_of_dates():
    assert iso("Ngày 26/8/2024 tại Hà Nội") == ["2024-08-26"]
    assert iso("sáng 11-10, Thủ tướng", 2024) == ["2024-10-11"]
    assert iso("từ ngày 20 - 22/11", 2020) == ["2020-11-20"]
    assert iso("vào tháng 9/2023") == ["2023-09"]
    assert iso("từ tháng 2-2025") == ["2025-02"]
    assert iso("thiết lập quan hệ ngoại giao (6/8/1976)") == ["1976-08-06"]
    assert iso("hôm nay hội đàm", published="2023-11") == ["2023-11"]
    assert iso("hôm qua", published="2024-03-01") == ["2024-02-29"]


def test_no_more_precision_than_the_text_gives():
    assert iso("Chiều 10/2, Thủ tướng") == [None]
    assert iso("tháng 5 vừa qua", 2023) == ["2023-05"]


def test_december_read_in_january_belongs_to_last_year():
    assert iso("ngày 28/12", 2025, "2025-01-03") == ["2024-12-28"]


def test_context_year():
    assert context_year(["x"], "2017-08-18", None, lexicon()) == 2017
    assert context_year(["x"], None, 2020, lexicon()) == 2020
    assert context_year(["chuyến thăm tháng 3-2024", "ngày 11-10"], None, None, lexicon()) == 2024
    assert context_year(["giảm phát thải về 0 vào năm 2050"], None, None, lexicon()) is None
    assert context_year(["năm 2015 là năm đặc biệt", "thăm Mỹ năm 2015"], None, None, lexicon()) == 2015
    relations_began = ["Quan hệ ngoại giao được thiết lập năm 1971.", "diplomatic ties were established in 1971",
                       "quan hệ “Đối tác hợp tác vì phát triển” được hai nước thiết lập năm 2004",
                       "the Strategic Partnership that was set up in 2004"]
    assert not any(event_dates(text, lexicon(lang)) for text, lang in zip(relations_began, ("vi", "en", "vi", "en")))
    told_once = ["talks on September 15", "growth even in 2008 and the first half of 2009"]
    assert context_year(told_once, None, None, lexicon("en")) == 2009
    assert not event_dates("đúng dịp Quốc khánh Thụy Sỹ lần thứ 730 (1/8/1291)", lexicon())
    for other in ("with a view to raising two-way trade to 1 billion USD in 2020", "an agreement reached in 2015"):
        assert context_year(["talks on May 26", other], None, None, lexicon("en")) is None
    assert context_year(["ngày 13/5", "kim ngạch 6 tháng đầu năm 2016 đạt 54 triệu USD"], None, None, lexicon()) == 2016
