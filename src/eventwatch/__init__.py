"""eventwatch: conflict news in, sourced and geocoded events out."""

__version__ = "0.1.0"
