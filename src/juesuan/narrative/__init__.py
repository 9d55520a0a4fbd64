"""The report's text: writing rules (phrases), the heading tree (outline) and section bodies."""

from .analysis import write
from .outline import Paragraph, Style

__all__ = ["Paragraph", "Style", "write"]
