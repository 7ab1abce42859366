"""The Jinja2 environment (core/jinja2.py) filters as Django's templates do."""

import datetime

from django.template import engines
from django.utils import timezone, translation


def render(source: str, **context) -> str:
    return engines["jinja2"].from_string(source).render(context)


def test_a_datetime_is_shown_in_the_sites_time_zone(settings):
    settings.TIME_ZONE = "Asia/Almaty"
    moment = datetime.datetime(2026, 3, 2, 20, 30, tzinfo=datetime.UTC)
    with timezone.override("Asia/Almaty"), translation.override("en"):
        shown = render('{{ moment|date("j E Y, H:i") }}', moment=moment)
        django = engines["django"].from_string('{{ moment|date:"j E Y, H:i" }}')
        assert shown == django.render({"moment": moment})
    assert shown.startswith("3 March 2026, 0")  # past midnight in Almaty


def test_text_filters_escape_once():
    html = render("{{ text|linebreaks }}", text="<b>a</b>\nb & c")
    assert html == "<p>&lt;b&gt;a&lt;/b&gt;<br>b &amp; c</p>"
    assert render('{{ n|floatformat("g") }}', n=46000) in {"46,000", "46000"}
