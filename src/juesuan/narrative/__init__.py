"""The report's text: writing rules (phrases), the heading tree (outline) and section bodies."""

from .writer import Paragraph, write

__all__ = ["Paragraph", "write"]
