"""Vietnamese text in the legacy font encodings, VNI and TCVN3 (ABC), recognised and converted.

Before Unicode, Vietnamese was typed in fonts that drew Vietnamese letters at the places of
Western ones: VNI writes "Việt" as "Vieät" (a letter, then a mark drawn over it), TCVN3 as
"ViÖt" (one byte per Vietnamese letter). Such files are not UTF-8, and any code page reads
them as garbled Western text without an error. Here each reading (Windows-1258, VNI, TCVN3)
is tried and kept only if it gives text made of Vietnamese letters and nothing else; a file
that looks like a font encoding but reads cleanly in none is an error, never garbled text.

TCVN3 draws capital toned letters with a second font at the same bytes as the small ones, so
in a file they cannot be told apart: they are read as small letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
TONES = (GRAVE, ACUTE, HOOK, TILDE, DOT)

# VNI: a base letter, then the marks over it as one character of the Windows code page.
VNI_TONE = dict(zip(TONES, "øùûõï"))
VNI_CIRCUMFLEX = "â", dict(zip(TONES, "àáåãä"))  # â ê ô, alone or with a tone
VNI_BREVE = "ê", dict(zip(TONES, "èéúüë"))  # ă
VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}

# TCVN3 (ABC): one byte per small Vietnamese letter, and seven capitals.
TCVN3: dict[str, str | int | None] = dict(zip(
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô" "\xadõøö÷ù"
    "úýûüþ" "¡¢§£¤¥¦",
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đèéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ" "ưừứửữự"
    "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ", strict=True))


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


@cache
def vni_table() -> dict[str, str]:
    """VNI sequence -> Vietnamese letter, for small and capital letters (the marks follow the case of
    the letter, though files also put small marks on capitals)."""
    table: dict[str, str] = {}

    def add(code: str, letter: str) -> None:
        table[code] = letter
        upper = letter.upper()
        if upper != letter:
            table[code[0].upper() + code[1:]] = upper  # a capital with the small marks
            table[code.upper()] = upper

    for base in "aeiouy":
        for tone, code in VNI_TONE.items():
            if base != "i":
                add(base + code, _compose(base, tone))
    for base in "aeo":
        add(base + VNI_CIRCUMFLEX[0], _compose(base, "\u0302"))
        for tone, code in VNI_CIRCUMFLEX[1].items():
            add(base + code, _compose(base, "\u0302", tone))
    add("a" + VNI_BREVE[0], "ă")
    for tone, code in VNI_BREVE[1].items():
        add("a" + code, _compose("a", "\u0306", tone))
    for letter, code in VNI_SINGLE.items():
        add(code, letter)
    for letter, horn in (("ơ", "ô"), ("ư", "ö")):
        for tone, code in VNI_TONE.items():
            add(horn + code, _compose(letter, tone))
    return table


@cache
def _vni_pattern() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(vni_table(), key=len, reverse=True))))


def from_vni(text: str) -> str:
    table = vni_table()
    return _vni_pattern().sub(lambda m: table[m.group()], text)


def from_tcvn3(text: str) -> str:
    return text.translate(str.maketrans(TCVN3))


@cache
def vietnamese_letters() -> frozenset[str]:
    """Every letter with a Vietnamese mark, small and capital."""
    letters = set("ăâđêôơưĂÂĐÊÔƠƯ")
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        for tone in TONES:
            letter = _compose(base, tone)
            letters |= {letter, letter.upper()}
    return frozenset(letters)


def quality(text: str) -> tuple[int, int, int]:
    """(letters, Vietnamese letters, stray characters): Latin-1 letters and signs that Vietnamese
    never uses, lone combining marks, replacement characters."""
    viet = vietnamese_letters()
    letters = marked = stray = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if c in viet:
                marked += 1
            elif c >= "\u0080":
                stray += 1
        elif "\u00a0" < c <= "\u00bf" or c == "\ufffd" or unicodedata.combining(c):
            stray += 1
    return letters, marked, stray


class LegacyEncoding(ValueError):
    """Text in a Vietnamese font encoding that could not be read cleanly."""


def read_legacy(data: bytes) -> str | None:
    """The text of bytes that are not UTF-8, if they are Vietnamese in TCVN3, VNI or Windows-1258; None
    if they are not Vietnamese in any of these (another language, left to the general guess).
    Raises LegacyEncoding for text that shows a font encoding's marks but does not read cleanly in it.

    Which encoding is told by marks only it leaves: TCVN3 puts its most frequent letters (à á đ ê ô
    ơ ư) at the signs ¡-¿, which VNI never uses and Windows-1258 text hardly; VNI follows vowels with
    ø û ï å ä ü ë, which are no Vietnamese letters in Windows-1258."""
    latin = data.decode("latin-1")
    letters = sum(map(str.isalpha, latin))
    controls = sum(1 for c in latin[:8192] if c < " " and c not in "\t\n\r\f" or "\x7f" <= c < "\xa0")
    if letters < 20 or controls > 0.05 * min(len(latin), 8192):  # no text, or not text: left to the caller
        return None
    if _tcvn3_marks(latin) >= 0.02 * letters:
        name, text = "TCVN3", from_tcvn3(latin)
    elif _vni_marks(latin) >= 0.005 * letters:
        name, text = "VNI", from_vni(data.decode("cp1252", errors="replace"))
    else:
        try:
            name, text = "Windows-1258", unicodedata.normalize("NFC", data.decode("cp1258"))
        except UnicodeDecodeError:
            return None
    letters, marked, stray = quality(text)
    if letters and marked >= 0.05 * letters and stray <= 0.002 * letters:
        return text
    if name != "Windows-1258":
        raise LegacyEncoding(f"text in the legacy Vietnamese font encoding {name} that could not be converted "
                             "cleanly; save it as UTF-8")
    return None


def _vni_marks(text: str) -> int:
    """Vowels followed by a VNI mark that is no Vietnamese letter of Windows-1258."""
    return len(re.findall(r"[aeouyAEOUY][øûïåäüëØÛÏÅÄÜË]", text))


def _tcvn3_marks(text: str) -> int:
    return sum(1 for c in text if "\u00a1" <= c <= "\u00bf")


def to_vni(text: str) -> str:
    """Vietnamese text as VNI (for tests: the files of old word processors)."""
    codes: dict[str, str] = {}
    for code, letter in vni_table().items():
        if code == (code.upper() if letter.isupper() else code.lower()):
            codes.setdefault(letter, code)
    return "".join(codes.get(c, c) for c in unicodedata.normalize("NFC", text))


def to_tcvn3(text: str) -> str:
    """Vietnamese text as TCVN3 (for tests); capital toned letters become small, as TCVN3 fonts draw them."""
    reverse = {v: k for k, v in TCVN3.items()}
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c not in reverse and c.lower() in reverse and c.lower() != c:
            c = c.lower()
        out.append(reverse.get(c, c))
    return "".join(out)
