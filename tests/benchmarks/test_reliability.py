"""The pure helpers of benchmarks/reliability.py (the runs themselves are not for CI):
durations, percentiles, how requests are judged against the faults' times, and the URLs
visitors draw."""

import random

import pytest

from benchmarks.judge import (
    Request,
    in_flight,
    judge_kills,
    judge_outage,
    percentile,
    summarise,
)
from benchmarks.reliability import parse_args, parse_duration
from benchmarks.vocabulary import Vocabulary


def request(start, end, status=200, url=None, retry_after="") -> Request:
    return Request(start, end, "search", status, retry_after, url or f"/en/?{start}", "")


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("30s", 30), ("10m", 600), ("1.5h", 5400)]
)
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_unknown_scenarios_are_refused():
    assert parse_args(["--scenarios", "load,pg"]).scenarios == ["load", "pg"]
    with pytest.raises(SystemExit):
        parse_args(["--scenarios", "load,flood"])


def test_nearest_rank_percentiles():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) == 0.0


def test_summary_counts_statuses_and_distinct_urls():
    requests = [
        request(0, 0.1),
        request(1, 1.2, url="/same"),
        request(2, 2.1, url="/same"),
        request(3, 3.05, status=503),
        request(4, 4.0, status=0),
    ]
    s = summarise(requests)
    assert s["n"] == 5
    assert s["statuses"] == {"0": 1, "200": 3, "503": 1}
    assert (s["server_errors"], s["status_500"], s["no_answer"]) == (1, 0, 1)
    assert s["distinct_urls"] == 4
    assert s["p50_ms"] == pytest.approx(100)


def test_a_request_is_in_flight_at_a_kill_only_if_it_spans_it():
    assert in_flight(request(10.0, 10.5), [10.2])
    assert not in_flight(request(10.3, 10.5), [10.2])
    assert not in_flight(request(9.0, 10.0), [10.2])


def test_failures_are_split_into_those_a_kill_explains_and_the_others():
    requests = [
        request(9.9, 10.1, status=0),  # in flight at the kill at 10
        request(9.8, 10.2, status=0),  # the killed worker's other thread
        request(15.0, 15.1, status=0),  # no kill then: a failure of another kind
        request(20.0, 20.3),
        request(29.0, 30.2, status=502),
    ]
    judged = judge_kills(requests, [10.0, 20.1, 30.0])
    assert judged["kills"] == 3
    assert judged["failures"] == 4
    assert judged["in_flight_at_a_kill"] == 3
    assert judged["other_failures"] == 1
    assert judged["max_failures_per_kill"] == 2
    assert judged["kills_without_failure"] == 1


def test_an_outage_is_judged_from_the_stop_to_the_first_page_after_the_return():
    requests = [
        request(0, 0.1),
        request(10.5, 10.6, status=503, retry_after="10"),
        request(12, 12.1, status=503, retry_after="10"),
        request(19.9, 20.4),  # sent while down, answered after the return
        request(20.2, 20.3),
        request(26, 26.1),
    ]
    judged = judge_outage(requests, down=10.0, ready=20.0)
    assert judged["down_s"] == 10
    assert judged["during"]["statuses"] == {"200": 1, "503": 2}
    assert judged["during_503_with_retry_after"] == 2
    assert judged["first_200_after_ready_s"] == pytest.approx(0.3)
    assert judged["failed_after_grace"] == 0


def test_pages_still_failing_after_the_grace_are_counted():
    requests = [request(12, 12.1, status=503), request(26, 26.1, status=503)]
    judged = judge_outage(requests, down=10.0, ready=20.0)
    assert judged["first_200_after_ready_s"] is None
    assert judged["failed_after_grace"] == 1


DATA = {
    "words": {"en": ["vase", "silver", "treaty"], "ru": ["ваза"], "kk": ["ваза"]},
    "types": ["gift", "document"],
    "countries": ["KZ", "JP"],
    "materials": [1, 2],
    "people": [3, 4],
    "events": ["osce-summit"],
    "years": [1990, 2020],
    "objects": ["GIF-2001-000001", "DOC-1999-000002"],
    "exhibitions": ["gifts-of-state"],
}


@pytest.mark.parametrize("kind", ["search", "browse", "authority", "object", "exhibition"])
def test_visitors_ask_for_public_pages_in_the_three_languages(kind):
    vocabulary = Vocabulary(DATA, random.Random(1), set())
    urls = [vocabulary.draw(kind) for _ in range(50)]
    assert all(url.split("/")[1] in {"en", "ru", "kk"} for url in urls)
    assert {
        "search": "/catalogue/?",
        "browse": "/catalogue/?",
        "authority": "/",
        "object": "/objects/",
        "exhibition": "/exhibitions/",
    }[kind] in urls[0]


def test_visitors_do_not_repeat_a_url_while_the_vocabulary_allows():
    seen: set[str] = set()
    vocabulary = Vocabulary(DATA, random.Random(2), seen)
    urls = [vocabulary.draw("search") for _ in range(200)]
    assert len(set(urls)) == len(urls)
    assert seen == set(urls)
