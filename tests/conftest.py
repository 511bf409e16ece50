"""Shared fixtures: the bundled sample articles, cleaned and extracted once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.pipeline import process
from eventwatch.read import read_paths

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwatch" / "data" / "samples"


@pytest.fixture(scope="session")
def samples() -> dict[str, object]:
    """Extraction of each sample article, keyed by the first three characters of its id."""
    return {doc.id[:3]: process(doc) for doc in read_paths([SAMPLES])}
