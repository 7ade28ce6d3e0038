"""A real SPARQL 1.1 server: load through the Graph Store Protocol (or SPARQL UPDATE), query
through SPARQLWrapper. Credentials come from the environment; every request has a timeout
and is retried with backoff when the server is down, slow or failing (5xx), never when it
refuses the request (4xx)."""

from __future__ import annotations

import base64
import http.client
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .results import from_json
from .store import Answer, graph_quads, with_bindings

USER_VARIABLE, PASSWORD_VARIABLE = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"


class EndpointError(Exception):
    """A request the server did not carry out, said in words a user can act on."""


class Stop(EndpointError):
    """A failure that every further request would meet too (the server stopped answering, refused the
    credentials, or the URL is not the endpoint asked for): stop, rather than try each graph in turn."""


@dataclass
class Settings:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    retried: int = 0  # how many retries were needed, for the report
    give_up_after: int = 3  # connection failures or timeouts in a row, across graphs, before stopping
    failures_in_a_row: int = 0

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
    graphs: int = 0  # in the file
    interrupted: bool = False

    def summary(self) -> str:
        lines = [f"Loaded {len(self.loaded)} of {self.graphs} graph(s), {self.quads} triples, into {self.endpoint} "
                 f"in {self.seconds:.2f} s ({self.retries} retr{'y' if self.retries == 1 else 'ies'})."]
        if self.interrupted:
            lines.append("Interrupted: the graphs listed below were not loaded; run the same command again to "
                         "load them (graphs already loaded are replaced, not doubled).")
        by_reason: dict[str, list[str]] = {}
        for graph, reason in self.failed.items():
            by_reason.setdefault(reason, []).append(graph)
        if self.failed and not self.loaded and len(by_reason) == 1:  # nothing got through, for one reason
            lines.append(f"NOT loaded: {len(self.failed)} graph(s), all of the file: {next(iter(by_reason))}")
        elif self.failed:
            lines.append(f"NOT loaded: {len(self.failed)} graph(s); the server holds the rest as listed:")
            for reason, graphs in by_reason.items():
                if len(graphs) == 1:
                    lines.append(f"  {graphs[0]}: {reason}")
                    continue
                lines.append(f"  {len(graphs)} graph(s): {reason}")
                lines += [f"    {graph}" for graph in sorted(graphs)]
        return "\n".join(lines)


NOT_HTTP = (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException)


def with_retries(call, url: str, settings: Settings, kind: str = "gsp"):
    """call() with the timeout and retry policy: a down, slow or failing (5xx) server is tried again
    with exponential backoff; a refusal (4xx) is reported at once. Connection failures and timeouts
    in a row (settings.give_up_after, counted across calls) raise Stop, as do refused credentials and
    a URL that is not the endpoint (404, 405): no later request would fare better.
    kind: gsp, update or query, for the hint at the right URL."""
    from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, EndPointNotFound, SPARQLWrapperException
    from SPARQLWrapper.SPARQLExceptions import Unauthorized as SparqlUnauthorized

    for attempt in range(settings.retries + 1):
        last = attempt == settings.retries
        try:
            result = call()
            settings.failures_in_a_row = 0
            return result
        except urllib.error.HTTPError as error:
            settings.failures_in_a_row = 0  # the server answers
            body = _body(error)
            if error.code in (401, 403):
                raise Stop(refused_credentials(url, error.code)) from None
            if error.code in (404, 405):
                raise Stop(f"{url}: HTTP {error.code} {error.reason}: {wrong_endpoint(url, kind)}") from None
            if error.code < 500 or last:
                raise EndpointError(f"{url}: HTTP {error.code} {error.reason}: {body}".rstrip(": ")) from None
        except SparqlUnauthorized:
            raise Stop(refused_credentials(url, 401)) from None
        except EndPointNotFound:
            raise Stop(f"{url}: HTTP 404 Not Found: {wrong_endpoint(url, kind)}") from None
        except EndPointInternalError as error:
            settings.failures_in_a_row = 0
            if last:
                raise EndpointError(f"{url}: HTTP 500: {_first_line(error)}") from None
        except SPARQLWrapperException as error:
            raise EndpointError(f"{url}: {_first_line(error)}") from None
        except NOT_HTTP as error:
            settings.failures_in_a_row += 1
            what = describe_failure(error)
            if settings.failures_in_a_row >= settings.give_up_after:
                raise Stop(f"{url}: the server {what}; stopped after {settings.failures_in_a_row} connection "
                           "failures or timeouts in a row") from None
            if last:
                raise EndpointError(f"{url}: the server {what} after {settings.retries + 1} attempt(s)") from None
        settings.retried += 1
        time.sleep(settings.backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def describe_failure(error: BaseException) -> str:
    """'timed out', 'cannot be reached (...)', or that its answer is not HTTP."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    if isinstance(reason, http.client.HTTPException) and not isinstance(reason, ConnectionError):
        return f"answered something that is not HTTP ({type(reason).__name__}: {_first_line(reason)[:80]})"
    return f"cannot be reached ({reason or type(reason).__name__})"


def _body(error: urllib.error.HTTPError) -> str:
    try:
        return error.read()[:300].decode("utf-8", "replace").strip()
    except Exception:  # the body is only a detail of the message
        return ""


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def refused_credentials(url: str, code: int) -> str:
    return (f"{url}: HTTP {code}: the server refused the credentials (set {USER_VARIABLE} and {PASSWORD_VARIABLE}); "
            "stopped at the first refusal")


ENDPOINT_NAMES = {"gsp": ("store", "data"), "update": ("update",), "query": ("query", "sparql")}
WHAT = {"gsp": "a Graph Store Protocol endpoint", "update": "a SPARQL UPDATE endpoint",
        "query": "a SPARQL query endpoint"}


def wrong_endpoint(url: str, kind: str) -> str:
    """'not a ... endpoint; did you mean .../store?': the URL a server of this kind usually has."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    base = head if last in {"store", "data", "update", "query", "sparql"} else path
    guesses = [urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{base}/{name}", "", ""))
               for name in ENDPOINT_NAMES[kind]]
    guesses = [g for g in guesses if g.rstrip("/") != urllib.parse.urlunsplit(parts[:3] + ("", "")).rstrip("/")]
    hint = f"; did you mean {' or '.join(guesses)}?" if guesses else ""
    return f"not {WHAT[kind]}{hint}"


def request(url: str, settings: Settings, data: bytes | None = None, method: str = "GET",
            headers: dict[str, str] | None = None, kind: str = "gsp") -> bytes:
    headers = dict(headers or {})
    if creds := settings.credentials():
        headers["Authorization"] = "Basic " + base64.b64encode(f"{creds[0]}:{creds[1]}".encode()).decode()

    def call() -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        with urllib.request.urlopen(req, timeout=settings.timeout) as response:
            return response.read()
    return with_retries(call, url, settings, kind)


def graphs_of(path: Path) -> dict[str, str]:
    """N-Triples text of each named graph of a file (store.graph_quads says which graphs)."""
    return {name: "\n".join(sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)) + "\n"
            for name, quads in sorted(graph_quads(path).items())}


def load(path: Path, endpoint: str, settings: Settings, method: str = "gsp",
         progress: Callable[[int, int], None] | None = None) -> LoadReport:
    """Put every graph of the file on the server, replacing what it held under that name.
    method 'gsp': HTTP PUT per graph (Graph Store Protocol); 'update': DROP + INSERT DATA per graph.
    Stops at a failure every later graph would meet too (Stop), or at Ctrl-C, and lists every graph
    not loaded; loading again resumes, as each graph is replaced whole."""
    started = time.perf_counter()
    report = LoadReport(endpoint)
    graphs = graphs_of(path)
    report.graphs = len(graphs)
    names = list(graphs)
    try:
        for number, name in enumerate(names):
            body = graphs[name]
            url = endpoint
            try:
                if method == "gsp":
                    url = f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(name, safe='')}"
                    request(url, settings, body.encode(), "PUT", {"Content-Type": "application/n-triples"})
                else:
                    update = f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}"
                    request(endpoint, settings, urllib.parse.urlencode({"update": update}).encode(), "POST",
                            {"Content-Type": "application/x-www-form-urlencoded"}, kind="update")
            except Stop as error:
                reason = str(error).replace(url, endpoint, 1)  # the same for every graph: say it once
                for rest in names[number:]:
                    report.failed[rest] = reason
                break
            except EndpointError as error:
                report.failed[name] = str(error)
                continue
            report.loaded.append(name)
            report.quads += body.count("\n")
            if progress:
                progress(len(report.loaded), len(names))
    except KeyboardInterrupt:
        report.interrupted = True
        done = set(report.loaded) | set(report.failed)
        for rest in names:
            if rest not in done:
                report.failed[rest] = "not loaded: interrupted"
    report.seconds = time.perf_counter() - started
    report.retries = settings.retried
    return report


def query(endpoint: str, text: str, settings: Settings, bindings: dict[str, str] | None = None) -> Answer:
    import warnings

    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    wrapper = SPARQLWrapper(endpoint)
    wrapper.setTimeout(int(max(1, settings.timeout)))
    if creds := settings.credentials():
        wrapper.setCredentials(*creds)
    wrapper.setQuery(with_bindings(text, bindings or {}))
    graph = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph else JSON)

    def call():
        with warnings.catch_warnings():  # SPARQLWrapper warns of an unexpected answer; it is reported below
            warnings.simplefilter("ignore")
            try:
                return wrapper.query().convert()
            except ValueError:  # the answer claimed JSON and was not
                return None
    result = with_retries(call, endpoint, settings, kind="query")
    if graph:
        if not isinstance(result, (bytes, str)):
            raise EndpointError(f"{endpoint}: the answer is not RDF; {wrong_endpoint(endpoint, 'query')}")
        return Answer("graph", turtle=result.decode() if isinstance(result, bytes) else str(result))
    if not isinstance(result, dict) or not ("boolean" in result or "bindings" in (result.get("results") or {})):
        raise EndpointError(f"{endpoint}: the answer is not SPARQL results; {wrong_endpoint(endpoint, 'query')}")
    if "boolean" in result:
        return Answer("ask", boolean=bool(result["boolean"]))
    columns = result.get("head", {}).get("vars", [])
    return Answer.select(columns, [[from_json(row.get(c)) for c in columns] for row in result["results"]["bindings"]])
