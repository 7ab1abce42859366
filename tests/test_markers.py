"""`pytest -m performance` selects the tests that pin query counts (tests/conftest.py)."""

import pytest


def test_a_test_that_pins_queries_is_marked_performance(request, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        pass
    assert request.node.get_closest_marker("performance") is not None


def test_a_test_that_pins_no_queries_is_not(request):
    assert request.node.get_closest_marker("performance") is None


def test_the_marker_is_registered(pytestconfig):
    assert any(line.startswith("performance:") for line in pytestconfig.getini("markers"))
    assert pytest.mark.performance.name == "performance"
