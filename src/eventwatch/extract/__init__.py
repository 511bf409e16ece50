"""Extract stage: annotated mentions become events, claims and aggregates."""

from .claims import extract_claims
from .events import extract_events

__all__ = ["extract_claims", "extract_events"]
