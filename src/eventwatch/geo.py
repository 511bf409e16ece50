"""Distances on the globe, one formula for the geoparser, the merger of reports and the scorers."""

from __future__ import annotations

import math

EARTH_DIAMETER_KM = 12742.0  # twice the mean radius, 6371 km


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees, in km."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(h)))
