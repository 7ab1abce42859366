"""Staff forms for assembling an exhibition outside the change page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from collections_app.models import CollectionItem
from exhibitions.models import Exhibition, Section

MAX_CANDIDATES = 500
MAX_ID = 2**63 - 1  # the largest primary key either database stores


def parse_ids(raw: str) -> list[int]:
    """ "1,2,3" → [1, 2, 3]; anything else → ValueError."""
    ids = [int(part) for part in raw.split(",") if part.strip()]
    if any(not 0 < i <= MAX_ID for i in ids):
        raise ValueError(raw)
    return ids


class AddObjectsForm(forms.Form):
    """Add ticked objects to one exhibition, optionally at the end of one of its sections."""

    candidates = forms.CharField(widget=forms.HiddenInput)
    items = forms.ModelMultipleChoiceField(
        label=_("Objects"),
        queryset=CollectionItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one object.")},
    )
    exhibition = forms.ModelChoiceField(
        label=_("Exhibition"), queryset=Exhibition.objects.order_by("-start_date", "title_en")
    )
    section = forms.TypedChoiceField(
        label=_("Section"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("They go to the end of the section, or of the objects outside sections."),
    )

    def __init__(self, *args, candidate_ids: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidates"].initial = ",".join(map(str, candidate_ids))
        self.fields["items"].queryset = CollectionItem.objects.filter(pk__in=candidate_ids)
        grouped: dict[str, list] = {}
        for section in Section.objects.select_related("exhibition").order_by(
            "-exhibition__start_date", "exhibition_id", "position", "id"
        ):
            grouped.setdefault(str(section.exhibition), []).append((section.pk, section.title))
        self.fields["section"].choices = [
            ("", _("No section")),
            *grouped.items(),
        ]

    def clean(self):
        cleaned = super().clean()
        exhibition, section_id = cleaned.get("exhibition"), cleaned.get("section")
        if exhibition and section_id:
            section = Section.objects.filter(pk=section_id, exhibition=exhibition).first()
            if section is None:
                self.add_error("section", _("Choose a section of this exhibition."))
            cleaned["section"] = section
        return cleaned
