"""What the fuzz tests share: hostile values, the bounded Hypothesis settings, and a
fingerprint of every table to show that a refused request changed nothing.

``FUZZ_EXAMPLES`` sets the number of cases per target (small by default, so that the
suite stays within CI's budget); ``FUZZ_RANDOM=1`` draws new cases on each run instead
of the same derandomized ones. docs/reliability.md has the long run's command."""

import hashlib
import os
from contextlib import contextmanager

from django.apps import apps
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "6"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=list(HealthCheck),
)

NUMBERS = [
    "0",
    "-1",
    "1",
    "+1",
    " 7 ",
    "2147483648",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "-99999999999999999999",
    "1e309",
    "1e3",
    "1.5",
    "NaN",
    "inf",
    "-0",
    "0x10",
    "1_000",
    "١٢٣",
    "9" * 5000,
]
DATES = [
    "2024-02-30",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-0001-01-01",
    "2024-13-01",
    "31/12/2024",
    "99999999999999999999-01-01",
    "2024-01-01T25:61:00",
    "1 January 2024",
]
SPECIAL = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "'",
    '"',
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\u202e\u200b\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "Қазақстан",
    "on",
    "None",
    "[]",
    "{}",
    "%",
    "_",
    "\\",
]

hostile_values = st.one_of(
    st.sampled_from(NUMBERS + DATES + SPECIAL),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.text(max_size=30),
    st.text(max_size=8).map(lambda text: f"{text}\x00{text}"),
    st.builds(
        lambda text, times: text * times,
        st.text(min_size=1, max_size=3),
        st.sampled_from([300, 5_000, 40_000]),
    ),
)
hostile_lists = st.lists(hostile_values, min_size=1, max_size=3)


def hostile_for(name_values: list[str]) -> st.SearchStrategy:
    """Hostile values, or now and then one of the values a parameter really takes (so that
    a hostile value meets a valid one in another parameter)."""
    if not name_values:
        return hostile_values
    return st.one_of(hostile_values, st.sampled_from(name_values))


# Tables a request may write without changing data: the session a login keeps.
UNTRACKED_APPS = {"sessions"}


def fingerprint() -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows."""
    prints = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed or meta.app_label in UNTRACKED_APPS:
            continue
        rows = list(model._base_manager.order_by("pk").values_list())
        prints[meta.label] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return prints


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(
        label for label in before.keys() | after.keys() if before.get(label) != after.get(label)
    )


def brief(*values) -> str:
    """A failing case, short enough to read (hostile values run to 40,000 characters)."""
    return ", ".join(repr(value)[:300] for value in values)


@contextmanager
def rolled_back():
    """Whatever the request writes is undone afterwards, so cases do not build on each
    other's changes."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
