"""The section bodies: pure functions of a ``Context`` returning paragraphs."""
