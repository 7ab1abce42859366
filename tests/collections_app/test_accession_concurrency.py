import threading

import pytest
from django.db import connection, connections

from collections_app.models import CollectionItem
from tests import factories

WRITERS = 6


@pytest.mark.django_db(transaction=True)
def test_records_saved_at_once_get_distinct_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; true concurrency needs PostgreSQL")
    barrier = threading.Barrier(WRITERS)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def write(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            numbers.append(factories.gift(title_en=f"Gift {index}").accession_number)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert len(set(numbers)) == WRITERS
    assert CollectionItem.objects.count() == WRITERS
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, WRITERS + 1))
