"""Where a person's name begins and ends in a run of capitalised words.

A run after a title may open with what qualifies the title (a state, a place, a body written in
capitals, a courtesy title) and end with what is not a name (post-nominal letters, a weekday);
the name is what lies between, and it must have a name's shape: a Vietnamese (or Sino-Vietnamese
or Korean) name opens with a family name; a foreign name is written in Latin letters that are
not all Vietnamese words, with initials ("Michael R. Pompeo"), particles ("Ursula von der Leyen",
"Mohammed bin Salman") and suffixes ("Lloyd J. Austin III"); a name transliterated into
Vietnamese syllables is hyphenated ("Xéc-gây La-vrốp").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from .text import ROMAN, Word, fold, is_acronym, is_ascii_name_word

INITIAL = re.compile(r"^[A-ZĐ]{1,2}$")  # "R.", "LB."
SUFFIX = re.compile(r"^(?:I{1,3}|IV|V|VI|Jr|Sr)$")
OPENING_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}  # and the quote that closes each
BRACKETED = re.compile(r"\s*\(([^()]{3,60})\)")


@dataclass(frozen=True)
class Name:
    first: int  # index in the run of the name's first word
    last: int  # index of its last word
    parties: tuple[str, ...]  # parties named in the run before the name ("Nga" of "Nga Vladimir Putin")


def run_after(ws, i: int, text: str, lex: Lexicon) -> list[Word]:
    """The capitalised words from word i on that stand together as one run: separated by single
    spaces, by the stop of an initial ("Michael R. Pompeo", "John F.Kennedy"), or by a particle
    written in lower case between two capitalised words ("Ursula von der Leyen") or glued to the
    next ("al-Thani")."""
    run = [ws.get(i)]
    k = i + 1
    while (nxt := ws.get(k)) is not None:
        gap = text[run[-1].end:nxt.start]
        glued = gap.strip() in ("’", "'") and gap[0] in "’'"  # "Dato’ Seri"
        if (nxt.capitalised or _glued_particle(nxt.text, lex)) and \
                (not gap.strip() or glued or (gap.strip() == "." and (
                    INITIAL.match(run[-1].text) or run[-1].text in lex.abbreviated_given_names
                    or run[-1].text in lex.courtesy_titles))):  # "H.E. Dr. Rania A. Al-Mashat"
            run.append(nxt)
            k += 1
            continue
        if gap.strip() in OPENING_QUOTES and nxt.capitalised and (after := ws.get(k + 1)) is not None \
                and after.capitalised and text[nxt.end:after.start].strip() == OPENING_QUOTES[gap.strip()]:
            run += [nxt, after]  # a nickname in quotes: "Ferdinand 'Bongbong' Marcos Jr."
            k += 2
            continue
        if gap.strip() == "-" and nxt.text.isascii() and nxt.text.islower() and len(nxt.text) <= 5 \
                and all(w.text.isascii() for w in run):
            run.append(nxt)  # "Ban Ki - moon": a hyphen set off by spaces in a Korean given name
            k += 1
            continue
        if not gap.strip() and nxt.text in lex.particles:  # particles, then a capitalised word
            j = k
            while (w := ws.get(j)) is not None and w.text in lex.particles \
                    and not text[ws.get(j - 1).end:w.start].strip():
                j += 1
            after = ws.get(j)
            if after is not None and after.capitalised and not text[ws.get(j - 1).end:after.start].strip():
                run += [ws.get(m) for m in range(k, j + 1)]
                k = j + 1
                continue
        break
    return run


def _glued_particle(word: str, lex: Lexicon) -> bool:
    """A particle joined by a hyphen to the capitalised word after it: "Tamim bin Hamad al-Thani"."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in lex.particles and rest[:1].isupper()


def _words(run: list[Word]) -> list[str]:
    return [w.text for w in run]


def strip_courtesy(run: list[Word], lex: Lexicon) -> tuple[list[Word], bool]:
    """The run without the courtesy titles that open it ("Samdech Techo", "Dato' Seri", "Ngài"), and
    whether it had any."""
    stripped = False
    while run:
        for size in range(min(len(run), lex.courtesy_longest), 0, -1):
            if " ".join(w.rstrip("’'") for w in _words(run[:size])) in lex.courtesy_titles:
                run, stripped = run[size:], True
                break
        else:
            break
    return run, stripped


def leading_parties(run: list[Word], lex: Lexicon, after_title: bool) -> tuple[list[str], list[Word]]:
    """The parties and places that open a run, and what is left. Right after a title a short or
    ambiguous form counts too ("Thủ tướng Nhật Sanae Takaichi", "Ngoại trưởng Mỹ"), as long as a
    name is left after it."""
    parties: list[str] = []
    rest = run
    while rest:
        if len(rest) > 2 and lex.grammar["party_noun"].match(rest[0].text) and lex.party(rest[1].text):
            rest = rest[1:]  # "Tổng Bí thư Đảng Lào X": the Lao party's
        joined = " ".join(_words(rest))
        found = lex.party_or_place_re.match(joined)  # the longest name that opens the run
        size = len(found.group().split()) if found and (found.end() == len(joined) or joined[found.end()] == " ") \
            else 0
        if not size and after_title and rest[0].text in lex.short_names:
            size = 1
        if not size:
            break
        hit = " ".join(_words(rest[:size]))
        code = lex.country_of_name.get(hit) or lex.short_names.get(hit)
        if hit in lex.short_names and hit not in lex.country_of_name and rest[size:] and hit in lex.surnames \
                and not looks_foreign(rest[size:], lex) and not all("-" in w.text for w in rest[size:]):
            break  # "Thái Văn A": a family name, not Thailand (but "Pháp Phờ-răng-xoa Ô-lăng-đơ": France;
            # "Đại sứ ... kiêm nhiệm Jordan Nguyễn Thanh Diệp": no family name, Jordan)
        if code:
            parties.append(code)
        rest = rest[size:]
    return parties, rest


def looks_foreign(run: list[Word], lex: Lexicon) -> bool:
    """A run in Latin letters that are not all Vietnamese syllables: a foreign name."""
    texts = [t for t in _words(run) if not INITIAL.match(t)]
    return bool(texts) and all(is_ascii_name_word(fold(t)) for t in texts) and not all(
        lex.grammar["vietnamese_syllable"].match(part) for t in texts for part in fold(t).split("-"))


def is_person_name(run: list[Word], lex: Lexicon, foreign: bool = False) -> bool:
    """A Vietnamese name opens with a family name; a foreign one is written in Latin letters and has
    a word no Vietnamese syllable can be ("An" of "An ninh" is a word, "Jenkins" a name). After a
    foreign state in the title ("Thủ tướng Campuchia Hun Sen") Latin letters are enough; a name in
    Vietnamese syllables joined by hyphens is a transliterated foreign one ("Xéc-gây La-vrốp")."""
    if any(t.isupper() and lex.party(t) for t in _words(run)):
        return False  # "Cục ASEAN": a body named after a grouping, no "MOTEGI Toshimitsu"
    if (whole := " ".join(_words(run))) in lex.place_country or lex.party(whole):
        return False  # "Vụ Châu Âu": a region, though "Châu" opens Vietnamese names
    texts = [_name_case(t, texts_of) for texts_of in [_words(run)] for t in texts_of
             if t not in lex.particles and not INITIAL.match(t)]
    texts = [t[:-2] if t.endswith(("'s", "’s")) else t for t in texts]
    if len(texts) == 1 and texts[0].casefold() in lex.months:
        return False  # "April 25": a date
    if not texts or any(is_acronym(t) and not SUFFIX.match(t) for t in texts) or all(ROMAN.match(t) for t in texts):
        return False
    if any("-" in t and any(is_acronym(part) for part in t.split("-")) for t in texts):
        return False  # "ASEAN-Ấn Độ": parties joined, no name
    if any(t in lex.title_words or t in lex.not_name_words for t in texts):
        return False
    if len(texts) == 1 and texts[0] in lex.adjective_of:
        return False  # "the President and Irish agencies": a state's adjective alone is no name
    if texts[0] in lex.surnames or (is_ascii_name_word(texts[0]) and texts[0] in lex.folded_surnames):
        return 2 <= len(texts) <= 4  # "Nguyễn Minh Vũ", or "Nguyen Minh Vu" written without marks
    if all("-" in t for t in texts) and not any(t in lex.place_country or t in lex.country_of_name for t in texts):
        # "Xéc-gây La-vrốp", "Phran-xít"; not two parties joined ("Lào-Mỹ")
        return len(texts) <= 3 and not any(lex.party(part) for t in texts for part in t.split("-"))
    folded = [fold(t) for t in texts]
    if not all(is_ascii_name_word(t) for t in folded) or sum(t.casefold() not in lex.particles for t in texts) > 6:
        return False
    syllable = lex.grammar["vietnamese_syllable"]
    vietnamese = all(syllable.match(part) for t in folded for part in t.split("-"))
    if vietnamese and not all(is_ascii_name_word(t) for t in texts) and not (foreign and len(texts) > 1):
        return False  # "Cao Bằng", "Bộ Ngoại", "Nam-Hoa Kỳ": Vietnamese words, not a name; but after a
        # foreign state, a name in Vietnamese syllables ("Đại sứ Lào Sẻng Phết Hùng Bun Nhuông")
    return (foreign and len(texts) > 1) or not vietnamese


def _name_case(word: str, run: list[str]) -> str:
    """A family name written in capitals beside a given name ("MOTEGI Toshimitsu", as Japan's and
    Korea's foreign ministries write): read as a name word, not an acronym."""
    if len(word) > 2 and word.isupper() and any(w[:1].isupper() and not w.isupper() for w in run):
        return word.capitalize()
    return word


def read_name(run: list[Word], lex: Lexicon, after_title: bool, foreign: bool = False) -> Name | None:
    """Where the name lies in a run of capitalised words, or None when it holds none."""
    return _read_name(tuple(w.text for w in run), lex, after_title, foreign)


@lru_cache(maxsize=8192)
def _read_name(texts: tuple[str, ...], lex: Lexicon, after_title: bool, foreign: bool) -> Name | None:
    """read_name of the words of a run: names recur, in an article and across articles."""
    run = [Word(t, 0, 0, True) for t in texts]
    parties, rest = leading_parties(run, lex, after_title)
    while after_title and len(rest) > 1 and is_acronym(rest[0].text):  # "Tổng Thư ký LHQ Antonio Guterres"
        if code := lex.country_of_name.get(rest[0].text):
            parties.append(code)
        rest = rest[1:]
    rest, courteous = strip_courtesy(rest, lex)
    while rest and (_unowned(rest[0].text) in lex.title_words  # "International Security Bonnie Jenkins"
                    or (rest[0].text in lex.adjective_of and rest[1:2] and rest[1].text in lex.title_words)):
        # ("President’s Office Hynek Kmonicek"; "Moroccan Expatriates Nasser Bourita": Morocco's)
        skip = 1 if _unowned(rest[0].text) in lex.title_words else 2
        parties += [lex.adjective_of[rest[0].text]] if skip == 2 else []
        rest, after_title_words = strip_courtesy(rest[skip:], lex)  # "Home Affairs Samdech Sa Kheng"
        courteous = courteous or after_title_words
    first = len(run) - len(rest)
    words = _words(rest)
    end = next((k for k, w in enumerate(rest) if w.text in lex.not_name_words
                or (k and is_acronym(_name_case(w.text, words)) and not SUFFIX.match(w.text)
                    and not (INITIAL.match(w.text) and k < len(rest) - 1))), len(rest))
    rest = rest[:end]  # "Mark Field MP", "Bui Thanh Son Tuesday"; not "Meynardo LB. Montealegre"
    owner = next((k for k, w in enumerate(rest) if w.text.endswith(("'s", "’s"))), None)
    rest = rest if owner is None else rest[:owner + 1]  # "Joe Biden's Viet Nam visit": the name ends at its 's
    rest = rest[:_vietnamese_tail(rest, lex)]  # "Tổng thống Donald Trump Chủ tịch nước ...": captions run together
    while len(rest) > 2 and INITIAL.match(rest[-1].text):
        rest = rest[:-1]  # no name ends in an initial: "Ibnu Hadi S.E" (a degree)
    # after a foreign state, or a courtesy title ("Samdech", "Tunku"): a foreign name
    foreign = foreign or courteous or any(c != "VN" and lex.countries[c].kind == "state" for c in parties)
    if rest and is_person_name(rest, lex, foreign):
        return Name(first, first + len(rest) - 1, tuple(parties))
    if after_title and called_by_given_name(rest, lex):
        return Name(first, first, tuple(parties))
    # "Bộ Công Thương Nguyễn Sinh Nhật Tân", "Frelimo Party Roque Silva": a body written in capitals, then the name
    tail = next((k for k in range(1, len(rest)) if (rest[k].text in lex.surnames and is_person_name(rest[k:], lex))
                 or (len(rest) - k >= 2 and _unowned(rest[k - 1].text) in lex.title_words
                     and is_person_name(rest[k:], lex, foreign))), None)
    if tail is not None:
        return Name(first + tail, first + len(rest) - 1, tuple(parties))
    return None


def _vietnamese_tail(run: list[Word], lex: Lexicon) -> int:
    """Where a foreign name written in plain Latin letters meets a Vietnamese word with its marks
    ("Donald Trump Toàn cảnh ...", "Donald Trump Chủ tịch nước ..."): the end of the name."""
    syllable = lex.grammar["vietnamese_syllable"]
    return next((k for k in range(2, len(run)) if not run[k].text.isascii() and syllable.match(fold(run[k].text))
                 and all(w.text.isascii() for w in run[:k]) and looks_foreign(run[:k], lex)), len(run))


def _unowned(word: str) -> str:
    """The word without a possessive 's."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def called_by_given_name(run: list[Word], lex: Lexicon) -> bool:
    """'Acting President Xuan said', 'Mr. Sang': English calls a Vietnamese by the given name alone."""
    return len(run) == 1 and run[0].text.casefold() not in lex.months \
        and bool(lex.grammar["given_name_after_title"].match(run[0].text)) \
        and bool(lex.grammar["vietnamese_syllable"].match(fold(run[0].text)))


def bracketed_alias(text: str, end: int) -> str | None:
    """The original spelling given in brackets right after a transliterated name:
    "Xéc-gây La-vrốp (Sergei Lavrov)"."""
    match = BRACKETED.match(text, end)
    if not match:
        return None
    inner = match.group(1).strip()
    words = inner.split()
    # (not a date, "(19-01-2007)", nor a photo's credit, "(Ảnh: Mạnh Quân)")
    return inner if 1 <= len(words) <= 5 and ":" not in inner and all(w[0].isupper() for w in words) else None
