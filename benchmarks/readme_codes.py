"""Write the README's tables of finding codes from the registry (``juesuan.core.codes``): their levels
and meanings are the ones the tool reports (tests/test_review_levels.py fails while the README is stale).

Run: ``.venv/bin/python benchmarks/readme_codes.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from juesuan.core.codes import readme_with_tables  # noqa: E402


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = readme_with_tables(text)
    if new != text:
        readme.write_text(new, encoding="utf-8")
    print("README.md: code tables " + ("rewritten" if new != text else "up to date"))


if __name__ == "__main__":
    main()
