"""The per-article flow: read -> clean -> annotate -> extract, as one pure function.

`process` is what every front end runs (CLI, HTTP API, the batch contract, a distributed
engine): bytes in, an `Extraction` out, and an error message instead of an exception.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from .annotate import annotate
from .clean import clean
from .extract import extract_claims, extract_events
from .records import Extraction, RawDocument

# Seconds spent per stage in this process, for the benchmark.
STAGE_SECONDS: dict[str, float] = defaultdict(float)


def process(raw: RawDocument) -> Extraction:
    """One raw document through clean, annotate and extract; failures become `error`."""
    try:
        t0 = time.perf_counter()
        article = clean(raw)
        t1 = time.perf_counter()
        ann = annotate(article)
        t2 = time.perf_counter()
        events = extract_events(article, ann)
        claims, aggregates = extract_claims(article, ann, {e.sentence.start for e in events})
        t3 = time.perf_counter()
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        where = raw.origin or raw.id
        return Extraction(raw.id, raw.title, raw.published, None, raw.url, "",
                          error=f"{where}: {type(exc).__name__}: {exc}")
    STAGE_SECONDS["clean"] += t1 - t0
    STAGE_SECONDS["annotate"] += t2 - t1
    STAGE_SECONDS["extract"] += t3 - t2
    return Extraction(
        id=article.id, title=article.title, published=article.published, outlet=article.outlet,
        url=article.url, text=article.text, events=events, claims=claims, aggregates=aggregates,
    )


Passed = TypeVar("Passed")


def process_all(documents: Iterable[RawDocument | Passed],
                workers: int = 1) -> Iterator[tuple[RawDocument | Passed, Extraction | Passed]]:
    """Each document with its `process` result, in input order; anything that is not a document
    (a read error) comes back as its own result. With workers > 1 the documents are shared
    among that many processes, at most a few per process in flight, so a corpus of any size
    streams through: one article is one pure function call, so it scales with the cores while
    the caller stays the only writer of its database."""
    if workers <= 1:
        for doc in documents:
            yield doc, process(doc) if isinstance(doc, RawDocument) else doc
        return
    pending: deque[tuple[RawDocument | Passed, Future[Extraction] | None]] = deque()
    with ProcessPoolExecutor(workers) as pool:
        for doc in documents:
            pending.append((doc, pool.submit(process, doc) if isinstance(doc, RawDocument) else None))
            if len(pending) >= 4 * workers:
                yield _done(*pending.popleft())
        while pending:
            yield _done(*pending.popleft())


def _done(doc: RawDocument | Passed, future: Future[Extraction] | None) -> tuple[RawDocument | Passed,
                                                                               Extraction | Passed]:
    if future is None:
        return doc, doc
    try:
        return doc, future.result()
    except BrokenProcessPool as exc:  # a worker died (killed, out of memory): say where, stop cleanly
        where = getattr(doc, "origin", None) or getattr(doc, "id", "?")
        raise WorkerDied(f"a worker process died while extracting {where} or a document near it; "
                         "the documents before it are stored, run again to go on") from exc


class WorkerDied(RuntimeError):
    """A process of the pool stopped without a result (process() itself never raises)."""


def extract(text_or_html: str | bytes, published: str | None = None, url: str | None = None,
            id: str | None = None, title: str | None = None) -> dict[str, Any]:
    """Records for one article, without touching a database (the batch contract's object)."""
    content = text_or_html
    head = (content[:500] if isinstance(content, str) else content[:500].decode("utf-8", "ignore")).lstrip().lower()
    kind = "html" if head.startswith(("<!doctype", "<html", "<head", "<body", "<article", "<div", "<p")) else "text"
    if id is None:
        digest = content.encode("utf-8", "replace") if isinstance(content, str) else content
        id = hashlib.sha256(digest).hexdigest()[:16]
    raw = RawDocument(id=id, content=content, kind=kind, published=published, url=url, title=title, origin=id)
    return process(raw).to_dict()
