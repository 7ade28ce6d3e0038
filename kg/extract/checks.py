"""Facts that cannot be right are left out before mapping, each recorded with its reason.

Extraction reads names from running text, and odd punctuation can cut a name down to a letter
(`Tom "T" O'Neil` gives "T", `Lê ‹Văn> C` gives "C") or leave only a title or a mark. Such an
official would be written into the graph as a person, and the build's own shapes would then
refuse the article. Dropping the doubtful official (with its part in events, and an event left
with no participant) keeps the rest of the article, and the report says what was left out.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..model import ArticleFacts, Dropped, Official


def drop_doubtful(facts: ArticleFacts) -> ArticleFacts:
    """The facts without officials whose name cannot be a person's, their participations, and the
    events left with no participant by that; each left out is recorded in facts.dropped."""
    dropped = list(facts.dropped)
    doubtful: set[str] = set()
    for official in facts.officials:
        if reason := doubtful_name(official):
            doubtful.add(official.key)
            dropped.append(Dropped("official", official.name, reason))
    if not doubtful:
        return facts
    return _without(facts, doubtful, dropped, "no participant left once doubtful names were dropped")


def _without(facts: ArticleFacts, left_out: set[str], dropped: list[Dropped], reason: str) -> ArticleFacts:
    """The facts without some officials, their part in events, and the events left with no one."""
    events = []
    for event in facts.events:
        participants = [k for k in event.participants if k not in left_out]
        if event.participants and not participants:
            dropped.append(Dropped("event", f"{event.type}: {event.evidence}", reason))
            continue
        events.append(replace(event, participants=participants, chairs=[k for k in event.chairs if k not in left_out]))
    officials = [o for o in facts.officials if o.key not in left_out]
    return replace(facts, officials=officials, events=events, dropped=dropped)


def drop_stateless(facts: ArticleFacts, state_of: dict[str, str]) -> ArticleFacts:
    """The facts without the officials no state is known for, once the corpus is read (state_of:
    the state each official's name was found to serve), and what that leaves empty; each recorded."""
    missing = {o.key for o in facts.officials if not (o.country or state_of.get(o.key))}
    if not missing:
        return facts
    dropped = list(facts.dropped) + [Dropped("official", o.name, "no state known for the official")
                                     for o in facts.officials if o.key in missing]
    return _without(facts, missing, dropped, "no participant left once officials with no state were dropped")


def doubtful_name(official: Official) -> str | None:
    """Why the name cannot be a person's name, or None."""
    words = official.name.split()
    letters = [sum(map(str.isalpha, w)) for w in words]
    total = sum(letters)
    if total == 0:
        return "the name has no letters (only punctuation or digits)"
    if total == 1:
        return "the name is a single letter"
    if max(letters) == 1:
        return "the name is only initials"
    if not words[0][0].isalpha():
        return "the name does not start with a letter"
    folded = " ".join(words).casefold()
    if folded in _known_titles() or any(folded == " ".join(t.split()).casefold() for t in official.titles):
        return "the name is a title, not a name"
    return None


@cache
def _known_titles() -> frozenset[str]:
    """The lexicon's titles, folded, if it has them (a bare title is a title read as a name)."""
    try:
        from ..lexicon import lexicon

        return frozenset(" ".join(t.split()).casefold() for t in getattr(lexicon(), "titles", {}))
    except Exception:  # the lexicon's shape is extraction's business; the official's own titles still count
        return frozenset()
