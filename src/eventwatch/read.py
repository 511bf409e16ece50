"""Read stage: files, folders, JSONL and WARC batches and stdin become raw documents.

Reading never stops a batch: a document that cannot be read becomes a `ReadError` naming it,
and the caller records the error and goes on with the next one.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .records import RawDocument

MAX_DOCUMENT_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}


@dataclass
class ReadError:
    """A document that could not be read, with the reason, for the batch report."""

    id: str
    origin: str
    message: str


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawDocument | ReadError]:
    """Every document under the given files and folders, in a stable order."""
    for path in paths:
        if str(path) == "-":
            yield from read_stream(sys.stdin.buffer, "stdin")
            continue
        path = Path(path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind_of(child) is not None:
                    yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ReadError(path.name, str(path), "no such file or folder")


def _kind_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in WARC_SUFFIXES:
        return "warc"
    return None


def _doc_id(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        name = name[: -len(suffix)] if name.endswith(suffix) else name
    return name or path.name


def read_file(path: Path) -> Iterator[RawDocument | ReadError]:
    """One file: a single article (.txt, .html) or a batch (.jsonl, .warc)."""
    kind = _kind_of(path) or "text"
    doc_id = _doc_id(path)
    if kind == "warc":
        yield from read_warc(path)
        return
    try:
        size = path.stat().st_size
        if kind != "jsonl" and size > MAX_DOCUMENT_BYTES:
            yield ReadError(doc_id, str(path), f"too large ({size:,} bytes > {MAX_DOCUMENT_BYTES:,})")
            return
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadError(doc_id, str(path), f"cannot read file: {exc}")
        return
    if kind == "jsonl":
        yield from read_jsonl_bytes(data, str(path))
        return
    yield _document_from_bytes(doc_id, data, kind, origin=str(path))


def read_stream(stream: io.BufferedIOBase, origin: str) -> Iterator[RawDocument | ReadError]:
    """Stdin: a JSONL batch if every line looks like JSON, else one article."""
    data = stream.read()
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        yield from read_jsonl_bytes(data, origin)
    else:
        kind = "html" if stripped[:200].lower().startswith((b"<!doctype", b"<html")) else "text"
        yield _document_from_bytes(origin, data, kind, origin=origin)


def read_jsonl_bytes(data: bytes, origin: str) -> Iterator[RawDocument | ReadError]:
    """A JSONL batch: one object per line; a broken line is reported and skipped."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadError(f"line {number}", where, f"broken JSON line: {exc}")
            continue
        if not isinstance(obj, dict):
            yield ReadError(f"line {number}", where, "JSON line is not an object")
            continue
        doc_id = str(obj.get("id") or f"{Path(origin).stem}-{number}")
        body = obj.get("html") if obj.get("html") is not None else obj.get("text")
        if not isinstance(body, str):
            yield ReadError(doc_id, where, "object has no 'text' or 'html' string")
            continue
        if len(body.encode("utf-8", "ignore")) > MAX_DOCUMENT_BYTES:
            yield ReadError(doc_id, where, f"too large (> {MAX_DOCUMENT_BYTES:,} bytes)")
            continue
        yield RawDocument(
            id=doc_id,
            content=body,
            kind="html" if obj.get("html") is not None else "text",
            published=_str_or_none(obj.get("published")),
            url=_str_or_none(obj.get("url")),
            title=_str_or_none(obj.get("title")),
            origin=where,
        )


def read_warc(path: Path) -> Iterator[RawDocument | ReadError]:
    """HTML responses in a WARC file, each with its target URI and WARC date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{number}"
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                body = record.content_stream().read()
                doc = _document_from_bytes(uri, body, "html", origin=f"{path}#{number}")
                if isinstance(doc, RawDocument):
                    doc.url, doc.published = uri, date
                yield doc
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield ReadError(path.name, str(path), f"broken WARC file: {exc}")


def _document_from_bytes(doc_id: str, data: bytes, kind: str, origin: str) -> RawDocument | ReadError:
    if not data.strip():
        return ReadError(doc_id, origin, "empty document")
    if len(data) > MAX_DOCUMENT_BYTES:
        return ReadError(doc_id, origin, f"too large ({len(data):,} bytes > {MAX_DOCUMENT_BYTES:,})")
    if kind == "html":
        if _looks_binary(data):
            return ReadError(doc_id, origin, "binary content, not an article")
        return RawDocument(id=doc_id, content=data, kind="html", origin=origin)
    text = decode_text(data)
    if text is None:
        return ReadError(doc_id, origin, "binary content or unknown text encoding")
    if text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    return RawDocument(id=doc_id, content=text, kind=kind, origin=origin)


def decode_text(data: bytes) -> str | None:
    """UTF-8 if it is, else the encoding charset-normalizer is sure of, else None."""
    if _looks_binary(data):
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
