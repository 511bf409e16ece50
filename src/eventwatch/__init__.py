"""eventwatch: conflict news in, sourced and geocoded events out."""

from .pipeline import extract, process

__version__ = "0.1.0"
__all__ = ["extract", "process", "__version__"]
