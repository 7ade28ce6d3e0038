"""From facts to RDF: mapping, reasoning, validation, writing."""
