"""A real SPARQL 1.1 server: load through the Graph Store Protocol (or SPARQL UPDATE), query
through SPARQLWrapper. Credentials come from the environment; every request has a timeout
and is retried with backoff when the server is down, slow or failing (5xx), never when it
refuses the request (4xx)."""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .store import Answer, rdf_format, with_bindings

USER_VARIABLE, PASSWORD_VARIABLE = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"


class EndpointError(Exception):
    """A request the server did not carry out, said in words a user can act on."""


@dataclass
class Settings:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    retried: int = 0  # how many retries were needed, for the report

    def credentials(self) -> tuple[str, str] | None:
        user = os.environ.get(USER_VARIABLE)
        return (user, os.environ.get(PASSWORD_VARIABLE, "")) if user else None


@dataclass
class LoadReport:
    endpoint: str
    loaded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    quads: int = 0
    seconds: float = 0.0
    retries: int = 0

    def summary(self) -> str:
        lines = [f"Loaded {len(self.loaded)} graph(s), {self.quads} triples, into {self.endpoint} "
                 f"in {self.seconds:.2f} s ({self.retries} retr{'y' if self.retries == 1 else 'ies'})."]
        if self.failed:
            lines.append(f"NOT loaded: {len(self.failed)} graph(s); the server holds the rest as listed:")
            lines += [f"  {graph}: {reason}" for graph, reason in sorted(self.failed.items())]
        return "\n".join(lines)


def with_retries(call, url: str, settings: Settings):
    """call() with the timeout and retry policy: a down, slow or failing (5xx) server is tried again
    with exponential backoff; a refusal (4xx) is reported at once."""
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    for attempt in range(settings.retries + 1):
        last = attempt == settings.retries
        try:
            return call()
        except urllib.error.HTTPError as error:
            body = error.read()[:300].decode("utf-8", "replace").strip()
            if error.code in (401, 403):
                raise EndpointError(f"{url}: HTTP {error.code}: the server refused the credentials "
                                    f"(set {USER_VARIABLE} and {PASSWORD_VARIABLE})") from None
            if error.code < 500 or last:
                raise EndpointError(f"{url}: HTTP {error.code} {error.reason}: {body}".rstrip(": ")) from None
        except SPARQLWrapperException as error:
            raise EndpointError(f"{url}: {str(error).splitlines()[0]}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            if last:
                what = "timed out" if "timed out" in str(reason) else f"cannot be reached ({reason})"
                raise EndpointError(f"{url}: the server {what} after {settings.retries + 1} attempt(s)") from None
        settings.retried += 1
        time.sleep(settings.backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def request(url: str, settings: Settings, data: bytes | None = None, method: str = "GET",
            headers: dict[str, str] | None = None) -> bytes:
    headers = dict(headers or {})
    if creds := settings.credentials():
        headers["Authorization"] = "Basic " + base64.b64encode(f"{creds[0]}:{creds[1]}".encode()).decode()

    def call() -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        with urllib.request.urlopen(req, timeout=settings.timeout) as response:
            return response.read()
    return with_retries(call, url, settings)


def graphs_of(path: Path) -> dict[str, str]:
    """N-Triples text of each named graph of a file (default-graph triples: a graph named after the file)."""
    scratch = ox.Store()
    scratch.bulk_load(path=str(path), format=rdf_format(path))
    file_graph = path.resolve().as_uri()
    lines: dict[str, list[str]] = {}
    for quad in scratch:
        name = file_graph if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        lines.setdefault(name, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    return {name: "\n".join(sorted(body)) + "\n" for name, body in sorted(lines.items())}


def load(path: Path, endpoint: str, settings: Settings, method: str = "gsp") -> LoadReport:
    """Put every graph of the file on the server, replacing what it held under that name.
    method 'gsp': HTTP PUT per graph (Graph Store Protocol); 'update': DROP + INSERT DATA per graph."""
    started = time.perf_counter()
    report = LoadReport(endpoint)
    for name, body in graphs_of(path).items():
        try:
            if method == "gsp":
                url = f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(name, safe='')}"
                request(url, settings, body.encode(), "PUT", {"Content-Type": "application/n-triples"})
            else:
                update = f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}"
                request(endpoint, settings, urllib.parse.urlencode({"update": update}).encode(), "POST",
                        {"Content-Type": "application/x-www-form-urlencoded"})
        except EndpointError as error:
            report.failed[name] = str(error)
            if not report.loaded and len(report.failed) == 1 and "cannot be reached" in str(error):
                break  # nothing will get through: say so once
            continue
        report.loaded.append(name)
        report.quads += body.count("\n")
    report.seconds = time.perf_counter() - started
    report.retries = settings.retried
    return report


def query(endpoint: str, text: str, settings: Settings, bindings: dict[str, str] | None = None) -> Answer:
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    wrapper = SPARQLWrapper(endpoint)
    wrapper.setTimeout(int(max(1, settings.timeout)))
    if creds := settings.credentials():
        wrapper.setCredentials(*creds)
    wrapper.setQuery(with_bindings(text, bindings or {}))
    graph = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph else JSON)
    result = with_retries(lambda: wrapper.query().convert(), endpoint, settings)
    if graph:
        return Answer("graph", turtle=result.decode() if isinstance(result, bytes) else str(result))
    if "boolean" in result:
        return Answer("ask", boolean=bool(result["boolean"]))
    columns = result["head"]["vars"]
    rows = [[row[c]["value"] if c in row else None for c in columns] for row in result["results"]["bindings"]]
    return Answer("select", columns, rows)
