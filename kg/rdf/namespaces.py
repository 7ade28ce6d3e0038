"""IRIs of the ontology and of the resources the builder mints."""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

DKO = Namespace("https://w3id.org/diplokg/ontology#")
DKR = Namespace("https://w3id.org/diplokg/resource/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {"dko": DKO, "dkr": DKR, "schema": SCHEMA, "wd": WD, "foaf": FOAF, "org": ORG, "owl": OWL,
            "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD}


def slug(text: str) -> str:
    """A readable, stable IRI segment: 'Nguyễn Minh Vũ' -> 'nguyen-minh-vu'."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x"


def article_iri(article_id: str):
    return DKR[f"article/{article_id}"]


def country_iri(code: str):
    return DKR[f"country/{code}"]


def person_iri(name: str, country: str):
    return DKR[f"person/{country.lower()}/{slug(name)}"]


def concept_iri(scheme: str, code: str):
    return DKR[f"code/{scheme}/{code}"]
