"""The facts: the one representation between reading text and writing RDF.

Extraction fills these plain dataclasses and knows nothing of RDF; the mapper turns them
into triples and knows nothing of Vietnamese.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    id: str = ""  # the last segment of its IRI; kg.build_graph makes one (from the URL or the text) when empty
    text: str = ""
    source: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, as precise as the page says
    lang: str | None = None  # told from the story when the input does not say


@dataclass
class Official:
    key: str  # stable within the article: the full name as written
    name: str
    country: str | None
    aliases: list[str] = field(default_factory=list)  # other spellings in the article: "(Sergei Lavrov)"
    roles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the article's own wording
    organizations: list[str] = field(default_factory=list)
    deceased: bool = False
    evidence: str = ""


@dataclass
class Event:
    type: str  # Dialogue, Talks, Meeting, PhoneCall, Visit, Conference
    main: bool
    date: str | None = None
    end_date: str | None = None  # the last day of an event of several days
    places: list[str] = field(default_factory=list)
    edition: int | None = None
    participants: list[str] = field(default_factory=list)  # Official keys
    chairs: list[str] = field(default_factory=list)  # those who chaired it ("đồng chủ trì")
    online: bool = False
    mechanism: str | None = None  # name of the standing dialogue mechanism
    mechanism_parties: list[str] = field(default_factory=list)
    mechanism_established: str | None = None
    parties: list[str] = field(default_factory=list)  # the states and bodies it brings together
    evidence: str = ""


@dataclass
class Partnership:
    parties: list[str]  # sorted codes
    level: str
    since: str | None = None
    upgrade: bool = False  # the text reports the move to this level
    evidence: str = ""


@dataclass
class Commitment:
    actors: list[str]  # sorted country codes
    areas: list[str]
    evidence: str = ""


@dataclass
class Dropped:
    """A fact read but left out because it cannot be right (a name of one letter, a bare title),
    kept so the report can say what was left out of which article and why."""

    kind: str  # official, event, ...
    what: str  # the fact as the article gave it (a name, an event's type and evidence)
    reason: str


@dataclass
class ArticleFacts:
    article: Article
    officials: list[Official] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["article"].pop("text")
        return data
