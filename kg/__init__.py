"""Knowledge-graph builder for diplomatic relations: Vietnamese news articles in, validated RDF out."""

__version__ = "0.1.0"
