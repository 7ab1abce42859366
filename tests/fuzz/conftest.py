"""Counts the fuzz's cases per target and prints them after the run (the figures in
docs/reliability.md come from this summary)."""

from collections import Counter

import pytest

CASES: Counter = Counter()


@pytest.fixture
def count_case(request):
    node = request.node.nodeid.split("::", 1)[-1]

    def count() -> None:
        CASES[node] += 1

    return count


def pytest_terminal_summary(terminalreporter):
    if CASES:
        terminalreporter.section("fuzz cases per target")
        for node, n in sorted(CASES.items()):
            terminalreporter.write_line(f"{n:6d}  {node}")
        terminalreporter.write_line(f"{sum(CASES.values()):6d}  in all, {len(CASES)} targets")
