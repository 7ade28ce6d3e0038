"""IRIs of the ontology and of the resources the builder mints."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from rdflib import Namespace, URIRef
from rdflib import namespace as vocabularies


class Terms(Namespace):
    """A namespace whose terms are made once: rdflib builds and checks a new URIRef on every
    attribute access (DKO.Official, RDF.type), thousands of times per article."""

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term
        return term


DKO = Terms("https://w3id.org/diplokg/ontology#")
DKR = Terms("https://w3id.org/diplokg/resource/")
SCHEMA = Terms("https://schema.org/")
WD = Terms("http://www.wikidata.org/entity/")
FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, SH = (
    Terms(str(ns)) for ns in (vocabularies.FOAF, vocabularies.ORG, vocabularies.OWL, vocabularies.PROV,
                              vocabularies.RDF, vocabularies.RDFS, vocabularies.SKOS, vocabularies.XSD,
                              vocabularies.SH))

PREFIXES = {"dko": DKO, "dkr": DKR, "schema": SCHEMA, "wd": WD, "foaf": FOAF, "org": ORG, "owl": OWL,
            "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD}


@cache
def canonical(term):
    """The namespace's own object for an IRI of the project's namespaces (DKO.Official), so that
    dictionary lookups meet it by identity: rdflib compares two equal terms with a Python call.
    For terms read from files (the ontology, the shapes); anything else comes back as it is."""
    if isinstance(term, URIRef):
        for namespace in PREFIXES.values():
            local = term[len(namespace):]
            if term.startswith(namespace) and local.isidentifier() and not hasattr(str, local):  # not DKO.format
                return getattr(namespace, local)
    return term


@lru_cache(maxsize=8192)
def slug(text: str) -> str:
    """A readable, stable IRI segment: 'Nguyễn Minh Vũ' -> 'nguyen-minh-vu'. Cached: a name is
    slugged for the person and for each post, in article after article."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x"


def article_iri(article_id: str):
    return DKR[f"article/{article_id}"]


@cache
def country_iri(code: str):
    return DKR[f"country/{code}"]


def person_iri(key: str, country: str):
    """A person: their key (the slug of their name as the corpus resolves it) in their state."""
    return DKR[f"person/{country.lower()}/{key}"]


@cache
def concept_iri(scheme: str, code: str):
    return DKR[f"code/{scheme}/{code}"]
