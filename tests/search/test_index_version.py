"""The index version (search.IndexVersion): read on every catalogue page by one compiled
statement, it starts at 0 and grows with every change to the index."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.models import IndexVersion

pytestmark = pytest.mark.django_db


def test_the_version_starts_at_zero_and_grows():
    IndexVersion.objects.all().delete()
    assert IndexVersion.current() == 0
    IndexVersion.bump()
    assert IndexVersion.current() == 1
    IndexVersion.bump()
    assert IndexVersion.current() == 2


def test_reading_it_is_one_query():
    IndexVersion.bump()
    IndexVersion.current()
    with CaptureQueriesContext(connection) as queries:
        IndexVersion.current()
    assert len(queries) == 1
