"""Read stage: every kind of bad input becomes a named error and the batch goes on."""

from __future__ import annotations

import gzip
import json

from eventwatch.read import ReadError, read_paths
from eventwatch.records import RawDocument


def test_folder_reads_text_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("On Sunday, militants kidnapped 12 hunters in Anbar province.", "utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Story</p></body></html>", "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x1", "text": "Hello", "published": "2019-02-22"}) + "\n")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    docs = list(read_paths([tmp_path]))
    assert [d.id for d in docs] == ["a", "b", "x1"]
    assert [d.kind for d in docs] == ["text", "html", "text"]
    assert docs[2].published == "2019-02-22"


def test_broken_jsonl_line_is_reported_and_the_rest_read(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "ok1", "text": "one"}\n{"id": "broken", "text": \n{"id": "ok2", "html": "<p>two</p>"}\n')
    docs = list(read_paths([batch]))
    assert [type(d) for d in docs] == [RawDocument, ReadError, RawDocument]
    assert "batch.jsonl:2" in docs[1].origin and "broken JSON" in docs[1].message
    assert docs[2].kind == "html"


def test_binary_empty_and_missing_files_are_named_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    docs = list(read_paths([tmp_path / "bin.txt", tmp_path / "empty.txt", tmp_path / "nope.txt"]))
    assert all(isinstance(d, ReadError) for d in docs)
    assert [d.id for d in docs] == ["bin", "empty", "nope.txt"]
    assert "binary" in docs[0].message and "empty" in docs[1].message and "no such file" in docs[2].message


def test_huge_document_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1_100_000)
    (doc,) = read_paths([big])
    assert isinstance(doc, ReadError) and "too large" in doc.message


def test_latin1_text_is_decoded_not_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Militants attacked the café in Mosul on Sunday, officials said to the réporter.".encode("cp1252"))
    (doc,) = read_paths([path])
    assert isinstance(doc, RawDocument) and "café" in doc.content


def test_gzipped_html(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>Hi</p></body></html>"))
    (doc,) = read_paths([path])
    assert doc.id == "page" and doc.kind == "html"
