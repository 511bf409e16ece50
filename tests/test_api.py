"""The HTTP API (eventwatch.web.app) through FastAPI's TestClient, on a database built by
running the pipeline on the bundled samples plus a crafted article full of HTML tags."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")

import warnings  # noqa: E402

from click.testing import CliRunner  # noqa: E402

with warnings.catch_warnings():  # starlette's note about httpx2, raised on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwatch import store  # noqa: E402
from eventwatch.cli import cli, sample_dir  # noqa: E402
from eventwatch.pipeline import process  # noqa: E402
from eventwatch.read import ReadError, read_paths  # noqa: E402
from eventwatch.records import RawDocument  # noqa: E402
from eventwatch.web.app import MAX_BODY_BYTES, create_app  # noqa: E402

TOKEN = "s3cret-token"
XSS_SENTENCE = ('On Sunday, militants <img src=x onerror="window.__xss=2"> killed five civilians '
                '<script>window.__xss=1</script> in an ambush near Kirkuk.')
XSS_ARTICLE = f"Militants attack village\n\nBaghdad, Monday 4 March 2019\n\n{XSS_SENTENCE}\n"
NEW_ARTICLE = ("Gunmen kill two policemen in Diyala\n\n"
               "On Tuesday, gunmen killed two policemen at a checkpoint in Baquba, in Diyala province, "
               "a security source said.\n")


def build_db(path: Path) -> Path:
    """The bundled samples and the crafted article, through the real pipeline and store."""
    conn = store.connect(path)
    for doc in read_paths([sample_dir()]):
        assert not isinstance(doc, ReadError), doc
        extraction = process(doc)
        assert extraction.error is None, extraction.error
        store.save(conn, extraction)
    xss = process(RawDocument(id="xss-test", content=XSS_ARTICLE, kind="text", published="2019-03-04",
                              title="<script>window.__xss=3</script> Attack near Kirkuk", origin="xss-test"))
    assert xss.error is None and xss.events, "the crafted article must give an event"
    store.save(conn, xss)
    conn.close()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("api") / "events.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(str(db)))


@pytest.fixture()
def writer(tmp_path: Path) -> TestClient:
    return TestClient(create_app(str(build_db(tmp_path / "write.db")), token=TOKEN))


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def all_events(client: TestClient, **params: object) -> dict:
    response = client.get("/api/events", params={"limit": 10000, **params})
    assert response.status_code == 200, response.text
    return response.json()


def find_event(client: TestClient, word: str) -> dict:
    items = [e for e in all_events(client)["items"] if word in (e.get("sentence") or "")]
    assert items, f"no event whose sentence has {word!r}"
    return items[0]


# ---------------------------------------------------------------- read API


def test_meta_counts_and_choices(client: TestClient) -> None:
    meta = client.get("/api/meta").json()
    assert meta["counts"]["articles"] == 6
    assert meta["counts"]["events"] >= 6
    assert meta["write_enabled"] is False
    assert any(p["code"] == "IQ-AN" for p in meta["provinces"])
    assert {t["name"] for t in meta["event_types"]} >= {"Violence against civilians"}


def test_events_list_and_paging(client: TestClient) -> None:
    page = all_events(client)
    assert page["total"] == len(page["items"]) >= 6
    dated = [e["event_date"] for e in page["items"] if e["event_date"]]
    assert dated == sorted(dated)
    first = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == page["total"]
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in page["items"][:4]]
    for event in page["items"]:
        assert set(event) >= {"id", "event_type", "latitude", "longitude", "evidence", "sentence", "sentence_start"}


def test_events_filters(client: TestClient) -> None:
    everything = all_events(client)["items"]
    vac = all_events(client, type="Violence against civilians")["items"]
    assert vac and all(e["event_type"] == "Violence against civilians" for e in vac)
    assert len(vac) < len(everything)
    anbar = all_events(client, province="IQ-AN")["items"]
    assert anbar and all(e["admin1_code"] == "IQ-AN" for e in anbar)
    assert [e["id"] for e in all_events(client, province="anbar")["items"]] == [e["id"] for e in anbar]
    early = all_events(client, since="2019-01-01", until="2019-02-28")["items"]
    assert early and all("2019-01-01" <= e["event_date"] <= "2019-02-28" for e in early)
    truffle = all_events(client, q="truffle")["items"]
    assert len(truffle) == 1 and truffle[0]["kidnapped"] == 12 and truffle[0]["admin1_code"] == "IQ-AN"
    islamic = all_events(client, actor="Islamic State")["items"]
    assert islamic and all("Islamic State" in f"{e['actor1']} {e['actor2']}" for e in islamic)
    assert all_events(client, q="no-such-word-anywhere")["items"] == []


@pytest.mark.parametrize("params, field", [
    ({"limit": 0}, "query.limit"),
    ({"limit": 10001}, "query.limit"),
    ({"offset": -1}, "query.offset"),
    ({"since": "yesterday"}, "query.since"),
    ({"q": "x" * 201}, "query.q"),
])
def test_events_bad_params_are_clear_json_errors(client: TestClient, params: dict, field: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid request" and body["status"] == 422
    assert any(d["field"] == field for d in body["details"]), body


def test_since_after_until_is_400(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "2019-02-01", "until": "2019-01-01"})
    assert response.status_code == 400 and "since" in response.json()["error"]


def test_one_event_has_sources_and_evidence_inside_the_sentence(client: TestClient) -> None:
    truffle = find_event(client, "truffle")
    event = client.get(f"/api/events/{truffle['id']}").json()
    assert event["id"] == truffle["id"] and event["kidnapped"] == 12
    assert event["sources"], "an event lists its sources"
    source = event["sources"][0]
    assert {"article_id", "title", "url", "outlet", "published", "sentence", "sentence_start",
            "evidence"} <= set(source)
    sentence, start = source["sentence"], source["sentence_start"]
    kidnapped = source["evidence"]["kidnapped"]
    # Offsets are into the article; shifted by the sentence start they point into the sentence.
    assert sentence[kidnapped["start"] - start:kidnapped["end"] - start] == kidnapped["text"] == "12"


def test_missing_event_and_unknown_path_are_json_404(client: TestClient) -> None:
    response = client.get("/api/events/999999")
    assert response.status_code == 404 and response.json() == {"error": "no event with id 999999", "status": 404}
    assert client.get("/api/events/abc").status_code == 422
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and response.json()["error"].startswith("no such resource")


def test_claims_aggregates_trends(client: TestClient) -> None:
    claims = client.get("/api/claims").json()
    assert claims and all({"subject", "low", "high", "article_title", "evidence"} <= set(c) for c in claims)
    assert all("record" not in c for c in claims)
    fighters = client.get("/api/claims", params={"subject": "militants"}).json()
    assert fighters and len(fighters) <= len(claims)
    aggregates = client.get("/api/aggregates").json()
    assert aggregates and all("subject" in a for a in aggregates)
    trends = client.get("/api/trends", params={"by": "admin1", "freq": "month"}).json()
    assert trends and any(row.get("admin1") == "Anbar" for row in trends)
    assert client.get("/api/trends", params={"freq": "fortnight"}).status_code == 422


def test_export_formats(client: TestClient) -> None:
    for fmt in ("jsonl", "geojson", "csv", "gtd-csv", "parquet"):
        response = client.get("/api/export", params={"format": fmt, "province": "IQ-AN"})
        assert response.status_code == 200, response.text
        assert "attachment" in response.headers["content-disposition"]
        if fmt == "geojson":
            data = response.json()
            assert data["type"] == "FeatureCollection" and data["features"]
        elif fmt == "jsonl":
            rows = [json.loads(line) for line in response.text.splitlines() if line.strip()]
            assert rows and all(r.get("admin1_code") == "IQ-AN" for r in rows)
        elif fmt == "csv":
            header = response.text.splitlines()[0].split(",")
            assert {"event_date", "sub_event_type", "admin1", "fatalities"} <= set(header)
        elif fmt == "gtd-csv":
            assert "attacktype1_txt" in response.text.splitlines()[0]
        else:
            assert response.content[:4] == b"PAR1"


def test_untrusted_text_is_returned_as_data(client: TestClient) -> None:
    xss = find_event(client, "onerror")
    assert "<script>window.__xss=1</script>" in xss["sentence"]
    event = client.get(f"/api/events/{xss['id']}")
    assert event.headers["content-type"].startswith("application/json")
    assert event.json()["sources"][0]["title"].startswith("<script>")


def test_page_and_static_files_are_local_and_locked_down(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    for name in ("app.js", "style.css"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", response.text), f"{name} refers outside"
    assert not re.search(r"https?://", page.text)
    app_js = client.get("/static/app.js").text
    assert not re.search(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\(", app_js)
    geo = client.get("/api/admin1").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) >= 30


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/claims", "/api/aggregates", "/api/trends",
            "/api/export", "/api/articles"} <= set(spec["paths"])
    assert {"ArticleIn", "ArticleBatchIn", "EventsPage", "ErrorOut"} <= set(spec["components"]["schemas"])
    refs = re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"', json.dumps(spec))
    assert refs and set(refs) <= set(spec["components"]["schemas"]), "every $ref resolves"
    docs = client.get("/docs")
    assert docs.status_code == 200
    for url in re.findall(r"""(?:src|href)=["']([^"']+)""", docs.text):
        assert not url.startswith(("http:", "https:", "//")), f"/docs loads {url} from outside"
        if url.startswith("/"):
            assert client.get(url).status_code == 200, url


# ---------------------------------------------------------------- write API


def test_post_is_refused_without_a_token_at_startup(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": NEW_ARTICLE}, headers=auth())
    assert response.status_code == 403 and "read-only" in response.json()["error"]


@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": TOKEN}, {"Authorization": "Basic x"}])
def test_post_needs_the_right_bearer_token(writer: TestClient, headers: dict) -> None:
    response = writer.post("/api/articles", json={"text": NEW_ARTICLE}, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["error"]


def test_post_json_article_stores_it_once(writer: TestClient) -> None:
    before = writer.get("/api/meta").json()["counts"]["articles"]
    body = {"id": "diyala-1", "text": NEW_ARTICLE, "published": "2019-03-06", "title": "Diyala attack"}
    response = writer.post("/api/articles", json=body, headers=auth())
    assert response.status_code == 200, response.text
    out = response.json()
    assert out["stored"] == 1 and out["failed"] == 0
    result = out["results"][0]
    assert result["id"] == "diyala-1" and result["events"] >= 1 and result["event_ids"]
    event = writer.get(f"/api/events/{result['event_ids'][0]}").json()
    assert event["admin1_code"] == "IQ-DI" and any(s["article_id"] == "diyala-1" for s in event["sources"])
    assert writer.get("/api/meta").json()["counts"]["articles"] == before + 1
    again = writer.post("/api/articles", json=body, headers=auth()).json()
    assert again["stored"] == 0 and again["unchanged"] == 1


def test_post_plain_text_and_html(writer: TestClient) -> None:
    response = writer.post("/api/articles", content=NEW_ARTICLE.encode(), headers={
        **auth(), "Content-Type": "text/plain; charset=utf-8"}, params={"id": "plain-1", "published": "2019-03-06"})
    assert response.status_code == 200 and response.json()["results"][0]["id"] == "plain-1"
    html = ("<html><head><title>Gunmen kill two policemen</title></head><body><article><h1>Gunmen kill two"
            " policemen</h1><p>" + NEW_ARTICLE.split("\n\n")[1] + "</p></article></body></html>")
    response = writer.post("/api/articles", content=html.encode(), headers={**auth(), "Content-Type": "text/html"},
                           params={"id": "html-1", "published": "2019-03-06"})
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["error"] is None


def test_post_jsonl_batch_reports_a_broken_line_and_goes_on(writer: TestClient) -> None:
    lines = [json.dumps({"id": "b1", "text": NEW_ARTICLE, "published": "2019-03-06"}),
             "{not json",
             json.dumps({"id": "b2", "text": XSS_ARTICLE.replace("Kirkuk", "Tikrit"), "published": "2019-03-04"})]
    response = writer.post("/api/articles", content="\n".join(lines).encode(),
                           headers={**auth(), "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    out = response.json()
    assert out["stored"] == 2 and out["failed"] == 1
    broken = [r for r in out["results"] if r["error"]]
    assert "broken JSON line" in broken[0]["error"] and ":2" in broken[0]["error"]


def test_post_json_batch_object(writer: TestClient) -> None:
    body = {"articles": [{"id": "j1", "text": NEW_ARTICLE}, {"id": "j2", "html": "<p>" + NEW_ARTICLE + "</p>"}]}
    response = writer.post("/api/articles", json=body, headers=auth())
    assert response.status_code == 200 and [r["id"] for r in response.json()["results"]] == ["j1", "j2"]


@pytest.mark.parametrize("body, field", [
    ({"text": "x", "html": "<p>x</p>"}, "give exactly one"),
    ({"title": "no body"}, "give exactly one"),
    ({"text": "x", "published": "March 2019"}, "published"),
    ({"text": "x", "id": "bad id with spaces"}, "id"),
    ({"articles": []}, "articles"),
])
def test_post_validates_articles(writer: TestClient, body: dict, field: str) -> None:
    response = writer.post("/api/articles", json=body, headers=auth())
    assert response.status_code == 422, response.text
    out = response.json()
    assert out["error"] == "invalid request" and field in json.dumps(out["details"])


def test_post_rejects_bad_bodies(writer: TestClient) -> None:
    response = writer.post("/api/articles", content=b"{broken", headers={**auth(), "Content-Type": "application/json"})
    assert response.status_code == 400 and "not valid JSON" in response.json()["error"]
    response = writer.post("/api/articles", content=b"x", headers={**auth(), "Content-Type": "image/png"})
    assert response.status_code == 415
    response = writer.post("/api/articles", content=b"   ", headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 400 and "empty" in response.json()["error"]
    response = writer.post("/api/articles", content=b"\x00\x01\x02binary" * 10,
                           headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 400 and "binary" in response.json()["error"]


def test_post_body_size_is_bounded(writer: TestClient) -> None:
    big = b"a" * (MAX_BODY_BYTES + 1)
    response = writer.post("/api/articles", content=big, headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 413 and "too large" in response.json()["error"]

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(6):
            yield b"a" * 1_000_000

    response = writer.post("/api/articles", content=chunks(), headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 413


# ---------------------------------------------------------------- CLI


def test_serve_command_is_registered_and_checks_the_database(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "EVENTWATCH_TOKEN" in result.output
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0 and "eventwatch run" in result.output
    assert not (tmp_path / "missing.db").exists()  # nothing created


def test_docs_fall_back_to_a_plain_offline_page(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwatch.web.app as web_app

    monkeypatch.setattr(web_app, "_swagger_static_dir", lambda: None)
    plain = TestClient(web_app.create_app(str(db)))
    docs = plain.get("/docs")
    assert docs.status_code == 200 and "/static/apidocs.js" in docs.text
    assert not re.search(r"https?://", docs.text)
    assert plain.get("/static/apidocs.js").status_code == 200


def test_empty_database(tmp_path: Path) -> None:
    empty = TestClient(create_app(str(tmp_path / "empty.db")))
    assert empty.get("/api/meta").json()["counts"]["events"] == 0
    assert empty.get("/api/events").json() == {"total": 0, "limit": 500, "offset": 0, "items": []}
    assert empty.get("/api/claims").json() == [] and empty.get("/api/trends").json() == []
    assert empty.get("/").status_code == 200
