"""Facts of one article -> one RDF graph. Knows nothing of Vietnamese.

IRIs are minted from content (article id, names, codes), never from blank nodes, so two
builds of the same input give the same triples. Shared things (officials, countries,
partnerships, dialogue mechanisms) get one IRI across articles; what an article says of
them (a post held, a partnership's date) hangs on a node of that article with its evidence.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rdflib import Graph, Literal, URIRef

from ..identity import Identities, Person
from ..lexicon import lexicon, parties
from ..model import ArticleFacts
from ..resources import MissingResource, texts
from .namespaces import (
    DKO,
    DKR,
    ORG,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
    article_iri,
    concept_iri,
    country_iri,
    person_iri,
    slug,
)


def span_date(start: str, end: str | None) -> str:
    """The one date an event of several days falls in: its month, or its year when it spans two months
    (a visit "từ ngày 19 đến 21/5" is dated May; its days are its start and end dates).

    >>> span_date("2019-05-19", "2019-05-21"), span_date("2019-10-31", "2019-11-02"), span_date("2019-05-19", None)
    ('2019-05', '2019', '2019-05-19')
    """
    if not end or end == start or len(start) < 10:
        return start
    return start[:7] if start[:7] == end[:7] else start[:4]


@lru_cache(maxsize=4096)
def date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


@lru_cache(maxsize=4096)
def text(value: str, lang: str) -> Literal:
    """Text in a language: names, titles and evidence recur (an evidence sentence on several nodes, a
    name in many articles), and rdflib's Literal costs microseconds to make. Literals are immutable."""
    return Literal(value, lang=lang)


@lru_cache(maxsize=256, typed=True)  # typed: True and 1 are different literals
def plain_literal(value: str | bool | int) -> Literal:
    """A literal of a few recurring values (a language tag, a flag, an edition number)."""
    return Literal(value)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


Triples = set[tuple[URIRef, URIRef, URIRef | Literal]]


@cache
def party_triples(code: str) -> tuple[tuple, ...]:
    """A state or grouping as the lexicon describes it; the same in every article, so made once."""
    iri = country_iri(code)
    party = parties()[code]
    kind = {"state": DKO.Country, "territory": DKO.Country,
            "organisation": DKO.Organisation}.get(party.kind, DKO.Grouping)
    triples = [(iri, RDF.type, kind),
               (iri, DKO.isoCode, Literal(code)),
               (iri, RDFS.label, Literal(party.label_en, lang="en")),
               (iri, RDFS.label, text(party.label_vi, "vi"))]
    if party.wikidata:
        triples.append((iri, OWL.sameAs, WD[party.wikidata]))
    return tuple(triples)


def post_iri(who: Person, role: str) -> URIRef:
    """A post a person holds: one resource across articles, whatever their spelling."""
    return DKR[f"post/{who.country.lower()}/{who.key}/{role}"]


def post_dates(identities: Identities) -> Triples:
    """Each post held, with the earliest and the latest date of the articles that name its holder
    in it: what "who was Vietnam's foreign minister in 2019" is asked of."""
    found: Triples = set()
    people = {(p.key, p.country): p for p in identities.person_of.values()}
    for (key, country), posts in identities.posts.items():
        who = people[(key, country)]
        for role, (first, last) in posts.items():
            holding = post_iri(who, role)
            found.add((holding, DKO.firstAttested, date_literal(first)))
            found.add((holding, DKO.lastAttested, date_literal(last)))
    return found


def to_triples(facts: ArticleFacts, identities: Identities | None = None) -> tuple[Triples, Triples]:
    """The article's own triples, and the descriptions of the shared things it names (officials and
    the posts they hold, states, places, partnerships, dialogue mechanisms), which are written once
    for the whole corpus, each as a named graph of its own. identities: the person each official
    is, resolved across the corpus (None: as the article names them). Plain sets: an rdflib Graph costs more to build
    than everything else done with these triples."""
    lex = lexicon(facts.article.lang or "vi")
    g: Triples = set()
    e: Triples = set()
    a = facts.article
    art = article_iri(a.id)

    def add_party(code: str) -> URIRef:
        e.update(party_triples(code))
        return country_iri(code)

    def derived(node: URIRef, evidence: str) -> None:
        g.add((node, PROV.wasDerivedFrom, art))
        g.add((node, DKO.evidence, text(evidence, a.lang)))

    g.add((art, RDF.type, DKO.Article))
    g.add((art, DKO.articleId, Literal(a.id)))
    if a.url:
        g.add((art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.title:
        g.add((art, SCHEMA.headline, text(a.title, a.lang)))
    if a.published:
        g.add((art, SCHEMA.datePublished, date_literal(a.published)))
    g.add((art, SCHEMA.inLanguage, plain_literal(a.lang)))

    main = next((e for e in facts.events if e.main), None)
    people: dict[str, URIRef] = {}
    for o in facts.officials:
        who = (identities.of(o.name, o.country or "") if identities else None) or \
            Person(slug(o.name), o.country or "", o.name, a.lang, (o.name,))
        person = person_iri(who.key, who.country)
        people[o.key] = person
        e.add((person, RDF.type, DKO.Official))
        e.add((person, SCHEMA.name, text(who.name, who.lang)))
        e.add((person, DKO.country, add_party(who.country)))
        for spelling in (o.name, *o.aliases):
            if spelling != who.name:
                e.add((person, SKOS.altLabel, text(spelling, a.lang)))
        for role in o.roles:
            holding = post_iri(who, role)
            e.add((holding, RDF.type, DKO.PostHolding))
            e.add((holding, ORG.member, person))
            e.add((holding, ORG.role, concept_iri("role", role)))
            e.add((holding, ORG.organization, country_iri(who.country)))
            statement = DKR[f"post/{a.id}/{slug(o.name)}/{role}"]
            g.add((statement, RDF.type, DKO.PostStatement))
            g.add((statement, DKO.aboutPost, holding))
            g.add((statement, DKO.nameAsWritten, text(o.name, a.lang)))
            for title in o.titles:
                g.add((statement, DKO.titleText, text(title, a.lang)))
            if main and main.date:
                g.add((statement, DKO.observedAt, date_literal(main.date)))
            derived(statement, o.evidence)

    events: list[URIRef] = []
    for n, ev in enumerate(facts.events, start=1):
        event = DKR[f"event/{a.id}/{n}"]
        events.append(event)
        g.add((event, RDF.type, DKO[ev.type]))
        g.add((event, DKO.isMainEvent, plain_literal(ev.main)))
        if ev.date:
            g.add((event, DKO.date, date_literal(span_date(ev.date, ev.end_date))))
        if ev.date and ev.end_date and ev.end_date != ev.date:
            g.add((event, DKO.startDate, date_literal(ev.date)))
            g.add((event, DKO.endDate, date_literal(ev.end_date)))
        for name in ev.places:
            place = DKR[f"place/{slug(name)}"]
            e.add((place, RDF.type, DKO.Place))
            e.add((place, RDFS.label, text(name, a.lang)))
            if country := lex.place_in(name):
                e.add((place, DKO.inCountry, add_party(country)))
            g.add((event, DKO.place, place))
        if ev.edition is not None:
            g.add((event, DKO.edition, plain_literal(ev.edition)))
        g.add((event, DKO["format"], concept_iri("format", "Online" if ev.online else "InPerson")))
        for key in ev.participants:
            if key in people:
                g.add((event, DKO.participant, people[key]))
        for key in ev.chairs:
            if key in people:
                g.add((event, DKO.chair, people[key]))
        if ev.mechanism:
            parties = "-".join(ev.mechanism_parties) or "x"
            mechanism = DKR[f"mechanism/{parties}/{slug(ev.mechanism)}"]
            e.add((mechanism, RDF.type, DKO.DialogueMechanism))
            e.add((mechanism, SCHEMA.name, text(ev.mechanism, a.lang)))
            for code in ev.mechanism_parties:
                e.add((mechanism, DKO.party, add_party(code)))
            if ev.mechanism_established:
                e.add((mechanism, DKO.established, date_literal(ev.mechanism_established)))
            g.add((event, DKO.partOfMechanism, mechanism))
        derived(event, ev.evidence)
    main_iri = next((events[i] for i, ev in enumerate(facts.events) if ev.main), None)

    for n, p in enumerate(facts.partnerships, start=1):
        partnership = DKR[f"partnership/{'-'.join(p.parties)}/{p.level}"]
        e.add((partnership, RDF.type, DKO.Partnership))
        for code in p.parties:
            e.add((partnership, DKO.party, add_party(code)))
        e.add((partnership, DKO.level, concept_iri("level", p.level)))
        statement = DKR[f"statement/{a.id}/{n}"]
        g.add((statement, RDF.type, DKO.PartnershipStatement))
        g.add((statement, DKO.about, partnership))
        if p.since:
            g.add((statement, DKO.since, date_literal(p.since)))
        derived(statement, p.evidence)
        if p.upgrade:
            upgrade = DKR[f"upgrade/{a.id}/{n}"]
            g.add((upgrade, RDF.type, DKO.PartnershipUpgrade))
            g.add((upgrade, DKO.upgradesTo, partnership))
            for code in p.parties:
                g.add((upgrade, DKO.party, country_iri(code)))
            if p.since:
                g.add((upgrade, DKO.date, date_literal(p.since)))
            derived(upgrade, p.evidence)

    for n, c in enumerate(facts.commitments, start=1):
        commitment = DKR[f"commitment/{a.id}/{n}"]
        g.add((commitment, RDF.type, DKO.Commitment))
        for code in c.actors:
            g.add((commitment, DKO.actor, add_party(code)))
        for area in c.areas:
            g.add((commitment, DKO.area, concept_iri("area", area)))
        if main_iri is not None:
            g.add((commitment, DKO.madeAt, main_iri))
        derived(commitment, c.evidence)
    return g, e


def graph_of(triples) -> Graph:
    graph = new_graph()
    for triple in triples:
        graph.add(triple)
    return graph


def to_graphs(facts: ArticleFacts) -> tuple[Graph, Graph]:
    """to_triples as rdflib graphs."""
    own, shared = to_triples(facts)
    return graph_of(own), graph_of(shared)


def turtle_folder(name: str) -> Graph:
    """Every Turtle file of a package folder (ontology/, shapes/) in one graph; none, or no triples,
    is an error (MissingResource), never an empty graph that would let everything pass."""
    graph = new_graph()
    for file_name, text in texts(name, ".ttl"):
        graph.parse(data=text, format="turtle", publicID=f"urn:diplokg:{name}/{file_name}")
    if len(graph) == 0:
        raise MissingResource(f"the {name}/ folder of the kg package holds no triples; reinstall diplokg")
    return graph


@cache
def vocabulary() -> Graph:
    """The ontology and its code lists, as written under ontology/."""
    return turtle_folder("ontology")

