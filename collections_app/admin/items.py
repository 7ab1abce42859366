from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    ItemImage,
    ItemPerson,
    Photograph,
)
from collections_app.services import ensure_primary_image
from core.admin import PUBLICATION_ACTIONS, THUMBNAIL_CSS, AddToExhibitionMixin, thumbnail_tag
from core.admin_access import FieldAccess, HistoryAdmin
from core.admin_links import PlainLinksAdminMixin
from core.admin_locking import VersionedAdmin, VersionedInline
from core.locking import VersionedInlineFormSet

ITEM_SEARCH_FIELDS = (
    "=accession_number",
    "accession_number",
    "title_en",
    "title_ru",
    "title_kk",
    "people__name_en",
    "people__name_ru",
    "people__name_kk",
    "people__variants__name",
)

VALUATION_FIELDS = ("estimated_value", "value_currency")

ACCESSION_NUMBER_ACCESS = FieldAccess(
    ("accession_number",), change="collections_app.change_accession_number"
)
VALUATION_ACCESS = FieldAccess(
    VALUATION_FIELDS,
    view="collections_app.view_valuation",
    change="collections_app.change_valuation",
)


class ItemImageFormSet(VersionedInlineFormSet):
    def clean(self):
        super().clean()
        primaries = [
            form
            for form in self.forms
            if form.cleaned_data.get("is_primary") and not form.cleaned_data.get("DELETE")
        ]
        if len(primaries) > 1:
            raise ValidationError(_("Mark only one image as primary."))


class ItemImageInline(VersionedInline, admin.StackedInline):
    model = ItemImage
    formset = ItemImageFormSet
    extra = 1
    fields = (
        ("image", "preview"),
        ("position", "is_primary"),
        ("caption_en", "caption_ru", "caption_kk"),
        ("alt_text_en", "alt_text_ru", "alt_text_kk"),
        "credit",
        "sha256",
    )
    readonly_fields = ("preview", "sha256")

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return thumbnail_tag(obj if obj.pk else None, size=160)


class ItemPersonInline(VersionedInline, admin.TabularInline):
    model = ItemPerson
    extra = 1
    autocomplete_fields = ("person",)
    fields = ("person", "role", "position")


COMMON_FIELDSETS = (
    (
        _("Identification"),
        {"fields": ("accession_number", "status", ("title_en", "title_ru", "title_kk"))},
    ),
    (
        _("Description"),
        {"fields": ("description_en", "description_ru", "description_kk")},
    ),
    (
        _("Date"),
        {
            "fields": ("date_display", ("date_earliest", "date_latest")),
            "description": _(
                "Write the date as it should read; give the earliest and latest possible "
                "dates for searching and sorting."
            ),
        },
    ),
    (
        _("Context"),
        {"fields": ("countries", "organizations", "place", "events", "subjects")},
    ),
    (_("Rights"), {"fields": ("rights_statement", "credit_line")}),
    (
        _("Staff only"),
        {"fields": ("storage_location", "internal_notes"), "classes": ("collapse",)},
    ),
)


class ItemAdmin(PlainLinksAdminMixin, VersionedAdmin, AddToExhibitionMixin, HistoryAdmin):
    """What the change pages of every record type share."""

    type_fieldsets: tuple = ()
    closing_fieldsets: tuple = ()
    field_access = (ACCESSION_NUMBER_ACCESS,)
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 4, "cols": 90})}
    }
    inlines = [ItemPersonInline, ItemImageInline]
    autocomplete_fields = ("countries", "organizations", "place", "events", "subjects")
    list_display = ("thumbnail", "accession_number", "title_en", "status", "date_display")
    list_display_links = ("thumbnail", "accession_number", "title_en")
    list_filter = ("status", "countries", "events")
    search_fields = ITEM_SEARCH_FIELDS
    actions = [*PUBLICATION_ACTIONS, "add_to_exhibition"]
    list_per_page = 50
    view_on_site = False
    save_on_top = True

    class Media:
        css = THUMBNAIL_CSS

    def get_queryset(self, request):
        return super().get_queryset(request).for_admin_list()

    @property
    def fieldsets(self):
        # Fields a user may not see are taken out by HistoryAdmin.get_fieldsets.
        return (
            COMMON_FIELDSETS[0],
            self.type_fieldsets,
            *COMMON_FIELDSETS[1:],
            *self.closing_fieldsets,
        )

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return thumbnail_tag(obj.primary_image)

    def save_formset(self, request, form, formset, change):
        if formset.model is not ItemImage:
            return super().save_formset(request, form, formset, change)
        images = formset.save(commit=False)
        for image in formset.deleted_objects:
            image.delete()
        # Clear a primary flag before setting another: one primary per record.
        for image in sorted(images, key=lambda image: image.is_primary):
            if image.pk is None:
                image.uploaded_by = request.user
            image.save()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        ensure_primary_image(form.instance)


@admin.register(ArchivalDocument)
class ArchivalDocumentAdmin(ItemAdmin):
    type_fieldsets = (
        _("Document"),
        {
            "fields": (
                ("document_type", "originality"),
                ("languages", "page_count"),
                ("reference_code", "holding_archive"),
                "transcription",
            )
        },
    )
    autocomplete_fields = (*ItemAdmin.autocomplete_fields, "holding_archive")
    list_display = (*ItemAdmin.list_display, "document_type")
    list_filter = ("document_type", *ItemAdmin.list_filter)


@admin.register(Photograph)
class PhotographAdmin(ItemAdmin):
    type_fieldsets = (
        _("Photograph"),
        {"fields": ("photographer", ("format", "colour"), "dimensions")},
    )
    autocomplete_fields = (*ItemAdmin.autocomplete_fields, "photographer")
    list_display = (*ItemAdmin.list_display, "photographer")
    list_select_related = ("photographer",)
    list_filter = ("format", "colour", *ItemAdmin.list_filter)
    search_fields = (*ITEM_SEARCH_FIELDS, "photographer__name_en", "photographer__variants__name")


@admin.register(DiplomaticGift)
class DiplomaticGiftAdmin(ItemAdmin):
    type_fieldsets = (
        _("Gift"),
        {
            "fields": (
                ("giver", "giver_title"),
                ("giving_country", "giving_organization"),
                ("recipient", "recipient_title"),
                ("occasion", "date_presented"),
                ("category", "disposition"),
                "materials",
                "technique",
                ("dimensions", "weight_grams"),
            )
        },
    )
    closing_fieldsets = ((_("Valuation (staff only)"), {"fields": (VALUATION_FIELDS,)}),)
    field_access = (*ItemAdmin.field_access, VALUATION_ACCESS)
    autocomplete_fields = (
        *ItemAdmin.autocomplete_fields,
        "giver",
        "giving_country",
        "giving_organization",
        "recipient",
        "occasion",
        "materials",
    )
    list_display = (*ItemAdmin.list_display, "category", "giver", "giving_country")
    list_select_related = ("giver", "giving_country")
    list_filter = ("category", "materials", *ItemAdmin.list_filter)
    search_fields = (
        *ITEM_SEARCH_FIELDS,
        "giver__name_en",
        "giver__name_ru",
        "giver__variants__name",
        "recipient__name_en",
        "recipient__variants__name",
    )


@admin.register(CollectionItem)
class CollectionItemAdmin(VersionedAdmin, AddToExhibitionMixin, HistoryAdmin):
    """Every record in one list; adding and editing happen on each type's own page."""

    class Media:
        css = THUMBNAIL_CSS

    field_access = (ACCESSION_NUMBER_ACCESS,)
    list_display = (
        "thumbnail",
        "accession_number",
        "title_en",
        "item_type",
        "status",
        "date_display",
    )
    list_display_links = ("thumbnail", "accession_number", "title_en")
    list_filter = (
        "item_type",
        "status",
        "countries",
        ("diplomaticgift__materials", admin.RelatedFieldListFilter),
        "events",
    )
    search_fields = ITEM_SEARCH_FIELDS
    actions = [*PUBLICATION_ACTIONS, "add_to_exhibition"]
    list_per_page = 50
    view_on_site = False

    def get_queryset(self, request):
        return super().get_queryset(request).for_admin_list()

    def has_add_permission(self, request):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and obj.item_type:
            # The redirect drops a form; answer a form from someone who may not change the
            # record as its own page would.
            if request.method == "POST" and not self.has_change_permission(request, obj):
                raise PermissionDenied
            return HttpResponseRedirect(obj.get_admin_url())
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return thumbnail_tag(obj.primary_image)
