"""The HTTP API and the web page over one eventwatch database.

`create_app(db, token=None)` returns a FastAPI app. Everything is read-only unless a token was
given at start-up; then `POST /api/articles` (with `Authorization: Bearer <token>`) runs the
pipeline on the posted article(s) and stores the result. Nothing is fetched from the internet:
the page, its map (the governorate polygons shipped in the package) and the API docs are all
served locally.

Article text is untrusted: the API returns it as JSON strings and the page only ever puts it
into the DOM with `textContent` (see static/app.js); a Content-Security-Policy header is a
second line of defence.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, store
from .. import export as exporter
from ..pipeline import process
from ..read import MAX_DOCUMENT_BYTES, ReadError, decode_text, read_jsonl_bytes
from ..records import RawDocument

MAX_BODY_BYTES = 5_000_000
MAX_BATCH_DOCUMENTS = 1000
MAX_LIMIT = 10_000
STATIC_DIR = Path(__file__).parent / "static"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI's page starts itself with an inline script and inline styles.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# ---------------------------------------------------------------- models


class ArticleIn(BaseModel):
    """One article to add: plain text or HTML, with optional metadata."""

    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:@/+-]+$",
                           description="Stable id; re-posting the same id and text changes nothing.")
    text: str | None = Field(None, min_length=1, max_length=MAX_DOCUMENT_BYTES)
    html: str | None = Field(None, min_length=1, max_length=MAX_DOCUMENT_BYTES)
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class ArticleBatchIn(BaseModel):
    articles: list[ArticleIn] = Field(..., min_length=1, max_length=MAX_BATCH_DOCUMENTS)


class ArticleResult(BaseModel):
    id: str
    stored: bool = Field(description="False when the same text was already stored, or on error.")
    events: int = 0
    claims: int = 0
    aggregates: int = 0
    event_ids: list[int] = []
    error: str | None = None


class ArticlesOut(BaseModel):
    results: list[ArticleResult]
    stored: int
    unchanged: int
    failed: int


class EventsPage(BaseModel):
    total: int = Field(description="Events matching the filters, before limit/offset.")
    limit: int
    offset: int
    items: list[dict[str, Any]]


class ErrorOut(BaseModel):
    error: str
    status: int
    details: list[dict[str, Any]] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 422: {"model": ErrorOut},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 413: {"model": ErrorOut},
    415: {"model": ErrorOut},
}


# ---------------------------------------------------------------- queries


def _query_events(conn: Any, filters: dict[str, Any], text: str | None) -> list[dict[str, Any]]:
    """Every event matching the filters (the page needs them all for the map and timeline;
    the endpoint slices limit/offset from this list so that it can also report the total)."""
    return store.query_events(conn, **filters, text=text)


# ---------------------------------------------------------------- the app


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The API and page over the SQLite file `db`; writes only with `token` set."""
    token = token or None
    db_path = str(db)
    write_lock = threading.Lock()

    app = FastAPI(
        title="eventwatch",
        version=__version__,
        description=(
            "Conflict events extracted from news, each field tied to the words that support it. "
            "Read-only unless the server was started with a token; then `POST /api/articles` "
            "(with `Authorization: Bearer <token>`) adds articles."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db_path

    def openapi() -> dict[str, Any]:
        """FastAPI's schema plus the article models that POST /api/articles reads by hand."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (ArticleIn, ArticleBatchIn):
                definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
                components.update(definition.pop("$defs", {}))
                components[model.__name__] = definition
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.state.write_enabled = token is not None

    @contextmanager
    def connection() -> Iterator[Any]:
        conn = store.connect(db_path)
        try:
            yield conn
        finally:
            conn.close()

    # ------------------------------------------------ errors, limits, headers

    def error(status: int, message: str, details: list[dict[str, Any]] | None = None,
              headers: dict[str, str] | None = None) -> JSONResponse:
        body: dict[str, Any] = {"error": message, "status": status}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(422, "invalid request", _validation_details(exc.errors()))

    @app.middleware("http")
    async def _limits_and_headers(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return error(400, "invalid Content-Length header")
            if int(length) > MAX_BODY_BYTES:
                return error(413, f"request body too large ({int(length):,} bytes > {MAX_BODY_BYTES:,})")
        response = await call_next(request)
        path = request.url.path
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Content-Security-Policy", DOCS_CSP if path.startswith("/docs") else CSP)
        return response

    # ------------------------------------------------ page, static files, docs

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    offline_docs = _swagger_static_dir()
    if offline_docs is not None:
        app.mount("/docs/static", StaticFiles(directory=str(offline_docs)), name="docs-static")

        @app.get("/docs", include_in_schema=False)
        def docs() -> Response:
            return get_swagger_ui_html(
                openapi_url=app.openapi_url or "/openapi.json", title="eventwatch API",
                swagger_js_url="/docs/static/swagger-ui-bundle.js",
                swagger_css_url="/docs/static/swagger-ui.css",
                swagger_favicon_url="/docs/static/favicon.png",
            )
    else:
        @app.get("/docs", include_in_schema=False)
        def docs_plain() -> FileResponse:
            return FileResponse(STATIC_DIR / "apidocs.html")

    # ------------------------------------------------ read API

    @app.get("/api/meta", tags=["meta"], summary="Database totals, filter choices and server mode")
    def meta() -> dict[str, Any]:
        with connection() as conn:
            events = store.query_events(conn)
            totals = store.counts(conn)
        types = Counter(e["event_type"] for e in events if e.get("event_type"))
        provinces = Counter((e.get("admin1"), e.get("admin1_code")) for e in events if e.get("admin1"))
        actors = Counter(a for e in events for a in (e.get("actor1"), e.get("actor2")) if a)
        dates = sorted(e["event_date"] for e in events if e.get("event_date"))
        return {
            "version": __version__,
            "counts": totals,
            "write_enabled": app.state.write_enabled,
            "event_types": [{"name": k, "events": v} for k, v in sorted(types.items())],
            "provinces": [{"name": n, "code": c, "events": v} for (n, c), v in sorted(provinces.items())],
            "actors": [{"name": k, "events": v} for k, v in sorted(actors.items())],
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
        }

    @app.get("/api/admin1", tags=["meta"], summary="Governorate polygons (GeoJSON) the map is drawn from")
    def admin1() -> Response:
        data = resources.files("eventwatch").joinpath("data/admin1.geojson").read_bytes()
        return Response(data, media_type="application/geo+json", headers={"Cache-Control": "max-age=3600"})

    @app.get("/api/events", tags=["events"], response_model=EventsPage, responses=ERRORS,
             summary="Events, filtered; oldest first, undated last")
    def events(
        type: Annotated[str | None, Query(max_length=200, description="ACLED event type or sub-event type")] = None,
        province: Annotated[str | None, Query(max_length=200, description="Name or ISO 3166-2 code")] = None,
        since: Annotated[date | None, Query(description="First date, YYYY-MM-DD")] = None,
        until: Annotated[date | None, Query(description="Last date, YYYY-MM-DD")] = None,
        actor: Annotated[str | None, Query(max_length=200, description="Part of actor1's or actor2's name")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Text search: sentence, place, actors, title")]
        = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        if since and until and since > until:
            raise HTTPException(400, "'since' is after 'until'")
        filters = {"event_type": type or None, "province": province or None,
                   "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
                   "actor": actor or None}
        with connection() as conn:
            rows = _query_events(conn, filters, (q or "").strip() or None)
        return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset:offset + limit]}

    @app.get("/api/events/{event_id}", tags=["events"], responses=ERRORS,
             summary="One event with all its sources, their sentences and the evidence for each field")
    def event(event_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> dict[str, Any]:
        with connection() as conn:
            found = store.get_event(conn, event_id)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id}")
        return found

    @app.get("/api/claims", tags=["claims"], responses=ERRORS,
             summary="Attributed claims (estimates, reserves, statistics), oldest first")
    def claims(subject: Annotated[str | None, Query(max_length=200, description="Part of the subject")] = None,
               ) -> list[dict[str, Any]]:
        with connection() as conn:
            rows = store.query_claims(conn, subject or None)
        return [_with_record(row) for row in rows]

    @app.get("/api/aggregates", tags=["claims"], summary="Counts of incidents over a period or region")
    def aggregates() -> list[dict[str, Any]]:
        with connection() as conn:
            rows = store.query_aggregates(conn)
        return [_with_record(row) for row in rows]

    @app.get("/api/trends", tags=["events"], responses=ERRORS,
             summary="Events per period and province (or type, country, actor), with early-warning flags")
    def trends(
        by: Annotated[Literal["admin1", "country", "event_type", "sub_event_type", "actor1"], Query()] = "admin1",
        freq: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
        type: Annotated[str | None, Query(max_length=200)] = None,
        since: Annotated[date | None, Query()] = None,
        until: Annotated[date | None, Query()] = None,
    ) -> list[dict[str, Any]]:
        filters = {"event_type": type or None, "since": since.isoformat() if since else None,
                   "until": until.isoformat() if until else None}
        with connection() as conn:
            try:
                return store.trends(conn, by=by, freq=freq, **filters)
            except ValueError as exc:
                raise HTTPException(400, str(exc)) from exc

    @app.get("/api/export", tags=["export"], responses=ERRORS,
             summary="Events in ACLED or GTD CSV, GeoJSON, JSONL or Parquet (same filters as /api/events)")
    def export(
        format: Annotated[Literal["jsonl", "geojson", "csv", "acled-csv", "gtd-csv", "parquet"], Query()] = "geojson",
        type: Annotated[str | None, Query(max_length=200)] = None,
        province: Annotated[str | None, Query(max_length=200)] = None,
        since: Annotated[date | None, Query()] = None,
        until: Annotated[date | None, Query()] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        filters = {"event_type": type or None, "province": province or None,
                   "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
                   "actor": actor or None, "text": (q or "").strip() or None}
        fmt = "acled-csv" if format == "csv" else format
        with connection() as conn:
            body, media = _export(conn, fmt, {k: v for k, v in filters.items() if v is not None})
        name = {"jsonl": "events.jsonl", "geojson": "events.geojson", "acled-csv": "events-acled.csv",
                "gtd-csv": "events-gtd.csv", "parquet": "events.parquet"}[fmt]
        return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # ------------------------------------------------ write API

    @app.post("/api/articles", tags=["articles"], response_model=ArticlesOut, responses=WRITE_ERRORS,
              summary="Add articles (needs the start-up token)",
              description=(
                  "Body: `application/json` with one article `{id?, text|html, published?, url?, title?}` or "
                  "`{articles: [...]}`; `application/x-ndjson` (JSONL, one article object a line); or "
                  "`text/plain` / `text/html` with the article itself (metadata in the query: id, published, "
                  f"url, title). At most {MAX_BODY_BYTES:,} bytes. Needs `Authorization: Bearer <token>`."
              ),
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"anyOf": [{"$ref": "#/components/schemas/ArticleIn"},
                                                            {"$ref": "#/components/schemas/ArticleBatchIn"}]}},
                  "application/x-ndjson": {"schema": {"type": "string"}},
                  "text/plain": {"schema": {"type": "string"}},
                  "text/html": {"schema": {"type": "string"}},
              }}})
    async def add_articles(
        request: Request,
        id: Annotated[str | None, Query(min_length=1, max_length=200, pattern=r"^[\w.:@/+-]+$")] = None,
        published: Annotated[date | None, Query()] = None,
        url: Annotated[str | None, Query(max_length=2000)] = None,
        title: Annotated[str | None, Query(max_length=1000)] = None,
    ) -> dict[str, Any]:
        if token is None:
            raise HTTPException(403, "this server is read-only: start it with --token (or EVENTWATCH_TOKEN) "
                                     "to allow adding articles")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await _read_body(request)
        if not body.strip():
            raise HTTPException(400, "empty request body")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        meta = {"id": id, "published": published.isoformat() if published else None, "url": url, "title": title}
        documents = _documents(body, media, meta)
        with write_lock:
            results = await run_in_threadpool(_ingest, documents)
        return {
            "results": results,
            "stored": sum(r["stored"] for r in results),
            "unchanged": sum(1 for r in results if not r["stored"] and r["error"] is None),
            "failed": sum(1 for r in results if r["error"] is not None),
        }

    def _ingest(documents: list[RawDocument | ReadError]) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        with connection() as conn:
            for doc in documents:
                result: dict[str, Any] = {"id": doc.id, "stored": False, "events": 0, "claims": 0,
                                          "aggregates": 0, "event_ids": [], "error": None}
                if isinstance(doc, ReadError):
                    result["error"] = f"{doc.origin}: {doc.message}"
                    store.record_error(conn, doc.id, doc.origin, doc.message)
                else:
                    extraction = process(doc)
                    if extraction.error:
                        result["error"] = extraction.error
                        store.record_error(conn, doc.id, doc.origin, extraction.error)
                    else:
                        result["stored"] = store.save(conn, extraction)
                        result.update(events=len(extraction.events), claims=len(extraction.claims),
                                      aggregates=len(extraction.aggregates))
                        result["event_ids"] = [
                            e["id"] for e in store.query_events(conn)
                            if extraction.id in (e.get("article_ids") or [e.get("article_id")])]
                results.append(result)
        return results

    return app


# ---------------------------------------------------------------- helpers


async def _read_body(request: Request) -> bytes:
    """The body, refusing more than MAX_BODY_BYTES even when no Content-Length was sent."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HTTPException(413, f"request body too large (> {MAX_BODY_BYTES:,} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _documents(body: bytes, media: str, meta: dict[str, Any]) -> list[RawDocument | ReadError]:
    """The posted body as raw documents, or a 4xx naming what is wrong with it."""
    if media in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/ndjson"):
        docs = list(read_jsonl_bytes(body, "request"))
    elif media == "application/json":
        try:
            payload = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise HTTPException(400, f"body is not valid JSON: {exc}") from exc
        try:
            if isinstance(payload, dict) and "articles" in payload:
                articles = ArticleBatchIn.model_validate(payload).articles
            else:
                articles = [ArticleIn.model_validate(payload)]
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from exc
        docs = [_raw_from_model(a, number) for number, a in enumerate(articles, start=1)]
    elif media in ("text/plain", "text/html", ""):
        text = decode_text(body)
        if text is None:
            raise HTTPException(400, "body is binary or in an unknown text encoding, not an article")
        kind = "html" if media == "text/html" else "text"
        doc_id = meta["id"] or _content_id(text)
        docs = [RawDocument(id=doc_id, content=text, kind=kind, published=meta["published"], url=meta["url"],
                            title=meta["title"], origin=f"request:{doc_id}")]
    else:
        raise HTTPException(415, f"unsupported Content-Type {media!r}: use application/json, "
                                 "application/x-ndjson, text/plain or text/html")
    if len(docs) > MAX_BATCH_DOCUMENTS:
        raise HTTPException(413, f"too many documents in one request ({len(docs)} > {MAX_BATCH_DOCUMENTS})")
    if not docs:
        raise HTTPException(400, "no documents in the request body")
    return docs


def _raw_from_model(article: ArticleIn, number: int) -> RawDocument:
    body = article.html if article.html is not None else article.text
    assert body is not None
    doc_id = article.id or _content_id(body)
    return RawDocument(id=doc_id, content=body, kind="html" if article.html is not None else "text",
                       published=article.published.isoformat() if article.published else None,
                       url=article.url, title=article.title, origin=f"request:{number}")


def _content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def _with_record(row: dict[str, Any]) -> dict[str, Any]:
    """A claim/aggregate row with its stored JSON record (evidence, speaker span) parsed."""
    out = dict(row)
    record = out.pop("record", None)
    if record:
        try:
            parsed = json.loads(record)
        except json.JSONDecodeError:
            parsed = {}
        out["evidence"] = parsed.get("evidence", {})
        out["quantity_text"] = (parsed.get("quantity") or {}).get("text")
        sentence = parsed.get("sentence") or {}
        out["sentence_start"] = sentence.get("start")
        speaker = parsed.get("speaker") or {}
        out["speaker_text"] = (speaker.get("span") or {}).get("text")
    return out


def _validation_details(errors: Any) -> list[dict[str, Any]]:
    details = []
    for err in errors:
        loc = ".".join(str(part) for part in err.get("loc", ()))
        details.append({"field": loc, "message": err.get("msg", "invalid value")})
    return details


def _export(conn: Any, fmt: str, filters: dict[str, Any]) -> tuple[str | bytes, str]:
    """Serialise through `eventwatch.export`, the module the CLI's export command uses."""
    media = {"jsonl": "application/x-ndjson", "geojson": "application/geo+json",
             "acled-csv": "text/csv; charset=utf-8", "gtd-csv": "text/csv; charset=utf-8",
             "parquet": "application/vnd.apache.parquet"}[fmt]
    if fmt == "parquet":
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "events.parquet"
            exporter.export(conn, fmt, path, **filters)
            return path.read_bytes(), media
    buffer = io.StringIO()
    exporter.export(conn, fmt, buffer, **filters)
    return buffer.getvalue(), media


def _swagger_static_dir() -> Path | None:
    """Swagger UI's files from the pip package fastapi-offline, when installed (no CDN)."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    path = Path(fastapi_offline.__file__).parent / "static"
    return path if (path / "swagger-ui-bundle.js").exists() else None
