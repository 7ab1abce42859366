"""Cached cards are keyed by what their HTML depends on: the release, the card template
and the compiled translations. A deploy that changes any of them never serves a card
rendered by the release before it from a shared cache."""

from pathlib import Path

from catalogue import cards


def make_files(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "_card.html"
    template.write_text('<article class="card">{{ item.title }}</article>')
    translations = tmp_path / "ru" / "LC_MESSAGES" / "django.mo"
    translations.parent.mkdir(parents=True)
    translations.write_bytes(b"\x95\x04\x12\xde compiled catalogue, first edition")
    return template, translations


def key(files) -> str:
    return cards.card_format(files, release="1.0.0", media_url="/media/")


def test_a_changed_translation_changes_the_key(tmp_path):
    template, translations = make_files(tmp_path)
    before = key([template, translations])
    assert key([template, translations]) == before  # stable while nothing changes
    translations.write_bytes(b"\x95\x04\x12\xde compiled catalogue, second edition")
    assert key([template, translations]) != before


def test_a_changed_template_changes_the_key(tmp_path):
    template, translations = make_files(tmp_path)
    before = key([template, translations])
    template.write_text('<article class="card card--new">{{ item.title }}</article>')
    assert key([template, translations]) != before


def test_a_new_release_or_media_address_changes_the_key(tmp_path):
    files = list(make_files(tmp_path))
    before = key(files)
    assert cards.card_format(files, release="1.0.1", media_url="/media/") != before
    assert cards.card_format(files, release="1.0.0", media_url="/cdn/") != before


def test_the_site_key_covers_the_card_template_and_every_catalogue():
    files = cards.card_files()
    assert any(path.name == "_card.html" and path.exists() for path in files)
    assert Path(cards.__file__).resolve() in files  # CardWords: the card's words
    languages = {path.parent.parent.name for path in files if path.suffix == ".mo"}
    assert {"ru", "kk"} <= languages
    assert cards.CARD_FORMAT in cards.cache_prefix(version=1)
