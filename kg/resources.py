"""The files the program reads besides its code: the ontology, the shapes and the queries.

They are found inside the installed package (importlib.resources), so a wheel installed
anywhere reads the same files as a checkout. In the source tree kg/ontology, kg/shapes and
kg/queries are links to the top-level folders users know, which stay the one copy.
A folder that is missing or holds nothing is an error: a build that reads no shapes would
otherwise report every graph as conforming.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


class MissingResource(RuntimeError):
    """A file the program needs is not installed with it."""


def folder(name: str) -> Traversable:
    return files("kg") / name


def texts(name: str, suffix: str) -> list[tuple[str, str]]:
    """(file name, text) of every file of a package folder ending in suffix, in name order."""
    where = folder(name)
    if not where.is_dir():
        raise MissingResource(f"the {name}/ folder is not installed with the kg package; reinstall diplokg")
    found = sorted((f.name, f.read_text(encoding="utf-8")) for f in where.iterdir()
                   if f.name.endswith(suffix) and f.is_file())
    if not found:
        raise MissingResource(f"the {name}/ folder of the kg package holds no {suffix} file; reinstall diplokg")
    return found


def query_text(name: str) -> str:
    """A query of the queries/ folder by file name."""
    path = folder("queries") / name
    if not path.is_file():
        raise MissingResource(f"query {name} is not installed with the kg package; reinstall diplokg")
    return path.read_text(encoding="utf-8")
