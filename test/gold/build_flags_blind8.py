#!/usr/bin/env python3
"""Build and check test/gold/flags-blind8.jsonl from flags_blind8_data.py (checks in flags_builder.py).

    python3 test/gold/build_flags_blind8.py            # check, then write flags-blind8.jsonl
    python3 test/gold/build_flags_blind8.py --notes    # also regenerate flags-blind8.NOTES.md
    python3 test/gold/build_flags_blind8.py --check    # check only
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flags_blind8_data import ARTICLES  # noqa: E402
from flags_builder import SetConfig, run  # noqa: E402

HEAD = """# flags-blind8.jsonl: an eighth blind gold set for the flag rules

(head to be written)
"""

CONFIG = SetConfig(
    prefix="b8", plants=16, controls=8, head=HEAD,
    name="flags-blind8", builder="build_flags_blind8.py",
    want={"arithmetic-mismatch": (28, 32), "inconsistent-figure": (14, 18), "timezone-mismatch": (8, 11),
          "unsourced-claim": (6, 8), "duplicate-paragraph": (2, 2)},
    lowercase_zones=True,
)

if __name__ == "__main__":
    run(CONFIG, ARTICLES)
