"""Transliteration does work in proportion to the text: one unbroken 30,000-character word
in a transcription took 12 s to index (a backtracking regular expression), 100,000
characters took minutes. The figure for 100,000 characters is in docs/reliability.md."""

import random
import time

import pytest

from collections_app.models import CollectionItem
from search.backends import search_items
from search.models import SearchDocument
from search.translit import joined_forms, skeleton_words
from tests import factories

LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюяәғқңөұүһіabcdefghijklmnopqrstuvwxyz0123456789"


def unbroken(length: int, seed: int = 10) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(LETTERS) for _ in range(length))


def cpu_seconds(text: str) -> float:
    """The least processor time of three runs (this process's time only, so other work on
    the machine does not count)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        skeleton_words(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nur-Sultan", ["nursultan", "nur", "sultan"]),
        ("Нур-Султан", ["nursultan", "nur", "sultan"]),
        ("Қызыл-Орда", ["kizilorda", "kizil", "orda"]),
        ("d’Estaing's", ["destaings", "d", "estaing", "s"]),
        ("a-b-c x--y -z- q-", ["abc", "a", "b", "c", "x", "i", "z", "k"]),
        ("Ким Чен-ын", ["kim", "chenin", "chen", "in"]),
    ],
)
def test_hyphenated_names_also_yield_their_joined_form(text, expected):
    assert skeleton_words(text) == expected


def test_joined_forms_of_spaced_names():
    assert joined_forms("Nur Sultan") == ["nursultan"]
    assert joined_forms("one two three four") == []


def test_work_grows_in_proportion_to_the_length_of_a_word():
    # Ten times the text, about ten times the work; the backtracking expression took a
    # hundred times as long. The bound leaves room for a noisy machine.
    short, long = cpu_seconds(unbroken(4_000)), cpu_seconds(unbroken(40_000))
    assert long / max(short, 1e-4) < 30, (short, long)


def test_a_long_hyphenated_run_is_linear_too():
    short = cpu_seconds("-".join(["ab"] * 2_000))
    long = cpu_seconds("-".join(["ab"] * 20_000))
    assert long / max(short, 1e-4) < 30, (short, long)


@pytest.mark.django_db
def test_a_transcription_of_one_100000_character_word_is_indexed(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        doc = factories.document(
            title_en="Telegram", transcription=f"Received {unbroken(100_000)} in Almaty"
        )
    assert SearchDocument.objects.filter(item=doc).exists()
    found = search_items(CollectionItem.objects.all(), "telegram almaty")
    assert list(found.values_list("pk", flat=True)) == [doc.pk]
