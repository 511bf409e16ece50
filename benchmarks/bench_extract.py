"""Extraction speed and memory benchmark, with reference libraries measured in the same run.

The corpus is built at run time from files given on the command line and never stored:

- text articles: ACLED notes (and GTD summaries, if given), labels and date prefixes
  stripped, composed deterministically into articles of about ``--words`` words
  (default 600) until there are ``--articles`` of them (default 2,000);
- HTML pages: every ``*.html.gz`` / ``*.html`` in ``--html-dir``;
- real news, timed as published (not composed): the GeoWebNews articles of ``--gwn`` and the
  ``*.txt`` articles of ``--news-dir``, reported also as 600-word articles per CPU-second
  (the words read divided by 600), the issue's unit.

Measured in one single process (a per-core figure):

1. eventwatch: ``eventwatch.extract`` on every text article and every HTML page
   (articles/s, words/s), and the time of each pipeline stage (read, clean, annotate,
   extract, serialise; see ``stage_functions``) on the text articles;
2. references on the same inputs: ``trafilatura.extract`` on the HTML pages, and spaCy's
   tokenizer (``spacy.blank("en")``, no model download) on the text articles, so that our
   speed is stated as a ratio. Every timed pass follows an untimed pass over the same
   inputs (eventwatch's is the memory pass), so caches are equally warm on both sides;
3. memory: tracemalloc peak of eventwatch's allocations (tracing starts just before
   eventwatch is imported, after the corpus is built; startup and corpus pass reported
   separately, in their own pass since tracing slows Python down), and the process's
   ru_maxrss after the eventwatch passes, before spaCy is imported (it includes the corpus
   held in memory, about 25 MiB).

    python benchmarks/bench_extract.py --acled ../shared/gold/acled-iraq-2019.csv \
        --gtd ../shared/gold/gtd-2021h1-other-countries-sample.csv \
        --html-dir ../shared/gold/article-extraction/html [--json]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import platform
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SEED = 20190317


# --------------------------------------------------------------------------- corpus


_LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z'\-]*(?:[ /][A-Za-z'\-]+){0,4}\s*:\s+")
_SIZE_RE = re.compile(r"\s*\[size=[^\]]*\]\s*$", re.IGNORECASE)
_GTD_PREFIX_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")


def load_snippets(acled: list[str], gtd: list[str]) -> list[tuple[str, str | None]]:
    """(text, publication date) of each ACLED note and GTD summary, prepared as
    ``eventwatch evaluate`` prepares them. Done here without importing eventwatch, so that
    the memory traced for eventwatch starts at its import."""
    snippets: list[tuple[str, str | None]] = []
    for path in acled:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                text = _LABEL_RE.sub("", _SIZE_RE.sub("", row.get("notes") or ""), count=1)
                published = None
                if (row.get("timestamp") or "").isdigit():
                    published = datetime.fromtimestamp(int(row["timestamp"]), tz=UTC)
                    published = published.date().isoformat()
                snippets.append((text.strip(), published))
    for path in gtd:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                summary = row.get("summary") or ""
                m = _GTD_PREFIX_RE.match(summary)
                published = None
                if m:
                    mm, dd, yyyy = (int(g) for g in m.groups())
                    summary = summary[m.end():]
                    if 1 <= mm <= 12 and 1 <= dd <= 28:
                        published = f"{yyyy:04d}-{mm:02d}-{dd:02d}"
                snippets.append((summary.strip(), published))
    return [(t, p) for t, p in snippets if t]


def compose_articles(
    snippets: list[tuple[str, str | None]], n: int, words: int
) -> list[tuple[str, str | None]]:
    """``n`` articles of about ``words`` words each: snippets drawn by a seeded generator,
    joined as paragraphs; the publication date is the latest of the snippets' dates."""
    if not snippets:
        raise SystemExit("no text snippets: give --acled and/or --gtd")
    rng = random.Random(SEED)
    out = []
    for _ in range(n):
        parts: list[str] = []
        count = 0
        dates: list[str] = []
        while count < words:
            text, published = snippets[rng.randrange(len(snippets))]
            parts.append(text)
            count += len(text.split())
            if published:
                dates.append(published)
        out.append(("\n\n".join(parts), max(dates) if dates else None))
    return out


def load_html(html_dir: str | None) -> list[str]:
    if not html_dir:
        return []
    pages = []
    for path in sorted(Path(html_dir).iterdir()):
        if path.name.endswith(".html.gz"):
            data = gzip.decompress(path.read_bytes())
        elif path.name.endswith((".html", ".htm")):
            data = path.read_bytes()
        else:
            continue
        pages.append(data.decode("utf-8", errors="replace"))
    return pages


def load_news(gwn: str | None, news_dir: str | None) -> list[str]:
    """Real news articles as published (GeoWebNews texts, a folder of .txt pages), not composed."""
    texts: list[str] = []
    if gwn:
        from eventwatch.evaluate.geowebnews import load_gwn

        texts += [a["text"] for a in load_gwn(gwn)]
    if news_dir:
        texts += [p.read_text(encoding="utf-8", errors="replace")
                  for p in sorted(Path(news_dir).iterdir()) if p.suffix == ".txt"]
    return texts


# --------------------------------------------------------------------------- timing


def timed(fn: Callable[[Any], Any], items: list[Any]) -> dict:
    """Wall and CPU time of ``fn`` over ``items`` (errors counted, not raised)."""
    errors = 0
    per_item: list[float] = []
    t0, c0 = time.perf_counter(), time.process_time()
    for item in items:
        s = time.perf_counter()
        try:
            fn(item)
        except Exception:  # noqa: BLE001 - count and go on
            errors += 1
        per_item.append(time.perf_counter() - s)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(items)
    per_item.sort()
    return {
        "items": n,
        "seconds": round(wall, 4),
        "cpu_seconds": round(cpu, 4),
        "per_second": round(n / wall, 2) if wall > 0 else None,
        "per_cpu_second": round(n / cpu, 2) if cpu > 0 else None,
        "ms_mean": round(1000 * wall / n, 3) if n else None,
        "ms_median": round(1000 * statistics.median(per_item), 3) if n else None,
        "ms_p95": round(1000 * per_item[int(0.95 * (n - 1))], 3) if n else None,
        "errors": errors,
    }


STAGE_NAMES = ("read", "clean", "annotate", "extract", "serialise")


def stage_functions() -> dict[str, Callable[..., Any]] | None:
    """The pipeline's stages as separately timed functions, chained by ``time_stages``.

    Uses ``eventwatch.pipeline.STAGES`` if it exists; otherwise builds them from the stage
    functions the pipeline module imports (``clean``, ``annotate``, ``extract_events``,
    ``extract_claims``), mirroring ``eventwatch.pipeline.extract``:

    - read: text -> ``RawDocument`` (kind sniffing and content id, as ``extract`` does);
    - clean: ``clean(raw)`` -> Article; annotate: ``annotate(article)``;
    - extract: ``extract_events`` + ``extract_claims``;
    - serialise: the ``Extraction`` record to the contract's dict.
    Returns None if the pipeline does not expose them."""
    try:
        import eventwatch.pipeline as pl  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001
        return None
    stages = getattr(pl, "STAGES", None)
    if isinstance(stages, dict) and all(k in stages for k in STAGE_NAMES):
        return stages
    needed = ("clean", "annotate", "extract_events", "extract_claims", "RawDocument",
              "Extraction")
    if not all(hasattr(pl, n) for n in needed):
        return None
    import hashlib

    def read(text: str, published: str | None) -> Any:
        head = text[:500].lstrip().lower()
        kind = "html" if head.startswith(("<!doctype", "<html", "<head", "<body")) else "text"
        doc_id = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
        return pl.RawDocument(id=doc_id, content=text, kind=kind, published=published,
                              origin=doc_id)

    def extract(state: tuple[Any, Any]) -> Any:
        article, ann = state
        events = pl.extract_events(article, ann)
        claims, aggregates = pl.extract_claims(article, ann, {e.sentence.start for e in events})
        return article, events, claims, aggregates

    def serialise(state: tuple[Any, ...]) -> Any:
        article, events, claims, aggregates = state
        return pl.Extraction(
            id=article.id, title=article.title, published=article.published,
            outlet=article.outlet, url=article.url, text=article.text, events=events,
            claims=claims, aggregates=aggregates,
        ).to_dict()

    return {
        "read": read,
        "clean": pl.clean,
        "annotate": lambda article: (article, pl.annotate(article)),
        "extract": extract,
        "serialise": serialise,
    }


def time_stages(stages: dict[str, Callable[..., Any]], docs: list[tuple[str, str | None]]) -> dict:
    """Each stage's total time over ``docs``, each stage fed the previous one's output."""
    totals = dict.fromkeys(STAGE_NAMES, 0.0)
    errors = 0
    for text, published in docs:
        try:
            t = time.perf_counter()
            state = stages["read"](text, published)
            t_prev = time.perf_counter()
            totals["read"] += t_prev - t
            for name in STAGE_NAMES[1:]:
                state = stages[name](state)
                now = time.perf_counter()
                totals[name] += now - t_prev
                t_prev = now
        except Exception:  # noqa: BLE001
            errors += 1
    total = sum(totals.values()) or 1.0
    n = len(docs)
    out: dict[str, Any] = {
        stage: {"seconds": round(sec, 4), "ms_per_article": round(1000 * sec / n, 3) if n else None,
                "share": round(sec / total, 3)}
        for stage, sec in totals.items()
    }
    out["errors"] = errors
    return out


def maxrss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


# --------------------------------------------------------------------------- main


def run(args: argparse.Namespace) -> dict:
    t0 = time.perf_counter()
    snippets = load_snippets(args.acled, args.gtd)
    texts = compose_articles(snippets, args.articles, args.words)
    html = load_html(args.html_dir)
    news = load_news(args.gwn, args.news_dir)
    corpus_seconds = time.perf_counter() - t0

    # Memory pass (traced, so slower): import + first call, then the corpus.
    tracemalloc.start()
    t = time.perf_counter()
    from eventwatch import extract  # type: ignore[attr-defined]

    extract(texts[0][0], published=texts[0][1])  # loads gazetteer, lexicons, automata
    startup = time.perf_counter() - t
    startup_current, startup_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    mem_n = min(args.memory_articles, len(texts))
    for text, published in texts[:mem_n]:
        try:
            extract(text, published=published)
        except Exception:  # noqa: BLE001
            pass
    for page in html:
        try:
            extract(page)
        except Exception:  # noqa: BLE001
            pass
    current, corpus_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    words = [len(t.split()) for t, _ in texts]
    ours_text = timed(lambda d: extract(d[0], published=d[1]), texts)
    ours_text["words_per_second"] = round(sum(words) / ours_text["seconds"], 0)
    ours_html = timed(extract, html) if html else None
    ours_news = None
    if news:
        for text in news:  # untimed pass: these texts were not in the memory pass
            extract(text)
        ours_news = timed(extract, news)
        news_words = sum(len(t.split()) for t in news)
        ours_news["words_mean"] = round(news_words / len(news), 1)
        # the unit: 600-word articles per CPU-second, from the words this pass read
        ours_news["per_cpu_second_600_words"] = round(news_words / 600 / ours_news["cpu_seconds"], 2)
    stages = stage_functions()
    stage_times = time_stages(stages, texts) if stages else None
    rss_ours = maxrss_mib()

    refs: dict[str, Any] = {}
    if html:
        try:
            import trafilatura

            for page in html:  # untimed pass, as eventwatch had its memory pass
                trafilatura.extract(page)
            refs["trafilatura_extract_html"] = timed(trafilatura.extract, html)
            refs["trafilatura_extract_html"]["version"] = trafilatura.__version__
        except ImportError as exc:
            refs["trafilatura_extract_html"] = {"error": str(exc)}
    try:
        import spacy

        nlp = spacy.blank("en")
        for text, _ in texts[:mem_n]:  # untimed pass, as eventwatch had its memory pass
            nlp.make_doc(text)
        refs["spacy_blank_en_tokenizer_text"] = timed(lambda d: nlp.make_doc(d[0]), texts)
        refs["spacy_blank_en_tokenizer_text"]["version"] = spacy.__version__
    except Exception as exc:  # noqa: BLE001 - not installed, or no offline data
        refs["spacy_blank_en_tokenizer_text"] = {"error": f"{type(exc).__name__}: {exc}"}

    # Ratios of throughput (ours / reference), on wall time and on CPU time; the CPU-time
    # ratio is the steadier one on a shared machine.
    ratios: dict[str, float | None] = {}
    pairs = (("eventwatch_text_vs_spacy_tokenizer", ours_text,
              refs.get("spacy_blank_en_tokenizer_text", {})),
             ("eventwatch_html_vs_trafilatura", ours_html or {},
              refs.get("trafilatura_extract_html", {})))
    for name, ours, ref in pairs:
        for key, suffix in (("per_second", ""), ("per_cpu_second", "_cpu")):
            if ours.get(key) and ref.get(key):
                ratios[name + suffix] = round(ours[key] / ref[key], 4)

    import eventwatch

    return {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "eventwatch": getattr(eventwatch, "__version__", None),
            "processes": 1,
        },
        "corpus": {
            "text_articles": len(texts),
            "words_mean": round(statistics.mean(words), 1),
            "words_total": sum(words),
            "html_pages": len(html),
            "html_mib": round(sum(len(p) for p in html) / 2**20, 2),
            "news_articles": len(news),
            "build_seconds": round(corpus_seconds, 2),
        },
        "eventwatch": {
            "startup_seconds": round(startup, 3),
            "text": ours_text,
            "html": ours_html,
            "news": ours_news,
            "stages": stage_times,
        },
        "memory": {
            "tracemalloc_startup_peak_mib": round(startup_peak / 2**20, 1),
            "tracemalloc_after_startup_mib": round(startup_current / 2**20, 1),
            "tracemalloc_corpus_peak_mib": round(corpus_peak / 2**20, 1),
            "tracemalloc_retained_mib": round(current / 2**20, 1),
            "tracemalloc_articles": mem_n + len(html),
            "ru_maxrss_mib": rss_ours,
        },
        "references": refs,
        "ratios": ratios,
        "load_average": os.getloadavg(),
    }


def print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    c, e = result["corpus"], result["eventwatch"]
    console.print(
        f"corpus: {c['text_articles']} text articles (mean {c['words_mean']} words), "
        f"{c['html_pages']} HTML pages ({c['html_mib']} MiB); one process; "
        f"{result['machine']['processor']}, Python {result['machine']['python']}"
    )
    table = Table(title="throughput (single process)", title_justify="left")
    for col in ("run", "items", "seconds", "items/s", "items/CPU s", "ms median", "ms p95",
                "errors"):
        if col == "run":
            table.add_column(col, no_wrap=True)
        else:
            table.add_column(col, justify="right")

    def row(name: str, r: dict | None) -> None:
        if not r:
            return
        if "error" in r:
            table.add_row(name, "-", "-", r["error"][:60], "-", "-", "-", "-")
            return
        table.add_row(name, str(r["items"]), f"{r['seconds']:.2f}", f"{r['per_second']:.1f}",
                      f"{r['per_cpu_second']:.1f}", f"{r['ms_median']:.2f}",
                      f"{r['ms_p95']:.2f}", str(r["errors"]))

    row("eventwatch text", e["text"])
    row("eventwatch HTML", e["html"])
    row("eventwatch real news", e.get("news"))
    labels = {"trafilatura_extract_html": "trafilatura HTML",
              "spacy_blank_en_tokenizer_text": "spaCy tokenizer text"}
    for name, r in result["references"].items():
        row(labels.get(name, name), r)
    console.print(table)
    if e.get("stages"):
        st = Table(title="eventwatch per stage (text articles)", title_justify="left")
        for col in ("stage", "seconds", "ms/article", "share"):
            st.add_column(col, justify="right" if col != "stage" else "left")
        for stage, v in e["stages"].items():
            if isinstance(v, dict):
                st.add_row(stage, f"{v['seconds']:.2f}", f"{v['ms_per_article']:.3f}",
                           f"{100 * v['share']:.0f}%")
        console.print(st)
    else:
        console.print("per-stage times: eventwatch.pipeline exposes no stage functions")
    m = result["memory"]
    console.print(
        f"startup {e['startup_seconds']:.2f} s; memory: tracemalloc peak "
        f"{m['tracemalloc_startup_peak_mib']} MiB at startup, "
        f"{m['tracemalloc_corpus_peak_mib']} MiB over {m['tracemalloc_articles']} documents; "
        f"ru_maxrss {m['ru_maxrss_mib']} MiB"
    )
    if e.get("news"):
        n = e["news"]
        console.print(f"real news: {n['items']} articles, mean {n['words_mean']} words: "
                      f"{n['per_cpu_second_600_words']} 600-word articles per CPU-second")
    for name, value in result["ratios"].items():
        console.print(f"ratio {name}: {value}")
    console.print(f"load average at the end: {result['load_average']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--acled", action="append", default=[], help="ACLED CSV (notes)")
    ap.add_argument("--gtd", action="append", default=[], help="GTD CSV (summary)")
    ap.add_argument("--html-dir", help="folder of *.html.gz / *.html pages")
    ap.add_argument("--gwn", help="GeoWebNews GWN.xml: its 200 real news articles, timed as they are")
    ap.add_argument("--news-dir", help="folder of real .txt articles (e.g. ../shared/seeds), timed as they are")
    ap.add_argument("--articles", type=int, default=2000, help="text articles to compose")
    ap.add_argument("--words", type=int, default=600, help="words per composed article")
    ap.add_argument("--memory-articles", type=int, default=2000,
                    help="text articles in the tracemalloc pass")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = ap.parse_args(argv)
    result = run(args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
