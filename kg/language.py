"""Which language a story is written in: the share of its words that are that language's
most frequent function words (kg/data/<lang>/function_words.txt). A language is added by adding
its folder of lexicons; nothing here changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import DATA, LANGUAGES

WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 1000  # characters: a story's opening says its language
PARAGRAPH = 80  # characters: lines of running text, not menus or captions, say it best
SHORT = 60  # words: a text this short may hold few function words
LETTERED = 0.3  # share of words with letters only one language writes (Vietnamese: about half)


@dataclass(frozen=True)
class Signs:
    """What tells a language: the least share of a story's words its function words make up, the
    words, and letters only it writes (a short text holding them in most words is in it)."""

    share: float
    words: frozenset[str]
    letters: frozenset[str]


@cache
def signs() -> dict[str, Signs]:
    found = {}
    for lang in LANGUAGES:
        lines = [line.split() for line in (DATA / lang / "function_words.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        fields = {line[0]: line[1:] for line in lines if line[0] in ("share", "letters")}
        found[lang] = Signs(float(fields["share"][0]), frozenset(w for line in lines if line[0] not in fields
                                                                 for w in line),
                            frozenset("".join(fields.get("letters", []))))
    return found


def detect(text: str) -> str | None:
    """'vi', 'en', ... or None when no known language's function words make up enough of the text."""
    paragraphs = [line for line in text.splitlines() if len(line) >= PARAGRAPH] or [text]
    words = WORD.findall("\n".join(paragraphs)[:SAMPLE].casefold())
    if not words:
        return None
    known = signs()
    shares = {lang: sum(map(sign.words.__contains__, words)) / len(words) / sign.share for lang, sign in known.items()}
    lang = max(shares, key=lambda k: (shares[k], k))
    if shares[lang] >= 1 and all(shares[lang] > 2 * s for k, s in shares.items() if k != lang):
        return lang
    for lang, sign in known.items():  # too few words to tell by function words: letters only one language writes
        if sign.letters and sum(not sign.letters.isdisjoint(w) for w in words) >= LETTERED * len(words):
            return lang
    if len(words) < SHORT and shares[lang] >= 0.5 and not any(s for k, s in shares.items() if k != lang) \
            and not any(not sign.letters.isdisjoint(w) for sign in known.values() for w in words):
        return lang  # a sentence or two: half the share of one language's function words, none of another's
    return None
