#!/usr/bin/env python3
"""Build and check test/gold/flags-blind7.jsonl from flags_blind7_data.py (checks in flags_builder.py).

    python3 test/gold/build_flags_blind7.py            # check, then write flags-blind7.jsonl
    python3 test/gold/build_flags_blind7.py --notes    # also regenerate flags-blind7.NOTES.md
    python3 test/gold/build_flags_blind7.py --check    # check only
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flags_blind7_data import ARTICLES  # noqa: E402
from flags_builder import SetConfig, run  # noqa: E402

HEAD = """# flags-blind7.jsonl: a seventh blind gold set for the flag rules

(work in progress)
"""

CONFIG = SetConfig(
    prefix="b7", plants=16, controls=8, head=HEAD,
    name="flags-blind7", builder="build_flags_blind7.py",
    want={"arithmetic-mismatch": (28, 32), "inconsistent-figure": (14, 18), "timezone-mismatch": (8, 11),
          "unsourced-claim": (6, 8), "duplicate-paragraph": (2, 2)},
    lowercase_zones=True,
)

if __name__ == "__main__":
    run(CONFIG, ARTICLES)
