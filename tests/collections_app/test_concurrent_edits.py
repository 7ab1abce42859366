"""Two staff members edit one record at once: the second save, based on a version that is
no longer current, is refused with who changed what, and keeps what its author typed."""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(curator, registrar):
    first, second = Client(), Client()
    first.force_login(curator)
    second.force_login(registrar)
    return first, second


@pytest.fixture
def doc(db):
    return factories.document(title_en="Note verbale", description_en="First text")


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_the_second_of_two_saves_is_refused_not_silently_applied(two_editors, doc):
    first, second = two_editors
    url = change_url(doc)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))

    mine["title_en"] = "Note verbale of 2 March 1992"
    assert first.post(url, mine).status_code == 302
    theirs["description_en"] = "A description typed by the registrar"
    response = second.post(url, theirs)

    assert response.status_code == 200
    doc.refresh_from_db()
    assert doc.title_en == "Note verbale of 2 March 1992"
    assert doc.description_en == "First text"
    page = response.content.decode()
    # Who changed what since, and the current value.
    assert "curator" in page
    assert "title (English)" in page
    assert "Note verbale of 2 March 1992" in page
    # What the second editor typed is still in the form.
    form = response.context["adminform"].form
    assert form["description_en"].value() == "A description typed by the registrar"
