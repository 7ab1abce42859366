from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.admin import PUBLICATION_ACTIONS
from core.admin_access import HistoryAdmin
from core.admin_locking import VersionedAdmin, VersionedInline
from exhibitions import services
from exhibitions.admin.conflicts import BookingConflictsAsMessages
from exhibitions.admin.forms import BookingPlan, EntryFormSet, StopFormSet
from exhibitions.models import (
    Exhibition,
    ExhibitionItem,
    ExhibitionStage,
    ExhibitionVenue,
    Section,
)
from exhibitions.views import assembly, outputs


class PreloadedAutocompleteSelect(AutocompleteSelect):
    """An autocomplete that shows the object its row already holds without a query."""

    preloaded: tuple[int, str] | None = None

    def optgroups(self, name, value, attr=None):
        chosen = [str(v) for v in value if v not in (None, "")]
        if self.preloaded and chosen == [str(self.preloaded[0])]:
            pk, label = self.preloaded
            return [(None, [self.create_option(name, pk, label, True, 0)], 0)]
        return super().optgroups(name, value, attr)


STAFF_PAGES = (
    ("arrange", _("Arrange objects")),
    ("checklist", _("Checklist")),
    ("checklist_csv", _("Checklist (CSV)")),
    ("labels", _("Wall labels")),
    ("summary", pgettext_lazy("printed one-page summary of an exhibition", "Summary")),
)


class ExhibitionVenueInline(VersionedInline, admin.TabularInline):
    model = ExhibitionVenue
    formset = StopFormSet
    extra = 0
    min_num = 0
    autocomplete_fields = ("venue",)
    verbose_name_plural = _("Venues and dates (one row per venue of a travelling exhibition)")


class SectionInline(VersionedInline, admin.StackedInline):
    model = Section
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        """A new section is offered the place after the existing ones."""
        formset = super().get_formset(request, obj, **kwargs)
        last = obj.sections.aggregate(last=Max("position"))["last"] if obj else None
        formset.form.base_fields["position"].initial = (last or 0) + 1
        return formset

    fields = (
        ("title_en", "title_ru", "title_kk"),
        ("introduction_en", "introduction_ru", "introduction_kk"),
        "position",
    )
    formfield_overrides = {
        Section._meta.get_field("introduction_en").__class__: {
            "widget": forms.Textarea(attrs={"rows": 3, "cols": 40})
        }
    }


class ExhibitionItemInline(VersionedInline, admin.StackedInline):
    model = ExhibitionItem
    formset = EntryFormSet
    extra = 0
    autocomplete_fields = ("item",)
    fields = (
        ("item", "section", "case_number"),
        ("label_en", "label_ru", "label_kk"),
        "display_notes",
    )
    formfield_overrides = {
        ExhibitionItem._meta.get_field("label_en").__class__: {
            "widget": forms.Textarea(attrs={"rows": 3, "cols": 40})
        }
    }
    verbose_name_plural = _(
        "Objects and labels (change the order on the “Arrange objects” page; new objects go "
        "to the end of their section)"
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("item").in_display_order()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Section.objects.filter(exhibition_id=object_id or None)
        if db_field.name == "item":
            kwargs["widget"] = PreloadedAutocompleteSelect(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        """Every row offers the same sections and shows its own object: read both once,
        not once per row."""
        formset = super().get_formset(request, obj, **kwargs)
        sections = list(Section.objects.filter(exhibition=obj)) if obj else []
        choices = [("", "---------"), *((section.pk, str(section)) for section in sections)]

        class EntryForm(formset.form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["section"].choices = choices
                if self.instance.pk:
                    widget = self.fields["item"].widget
                    getattr(widget, "widget", widget).preloaded = (
                        self.instance.item_id,
                        str(self.instance.item),
                    )

        formset.form = EntryForm
        return formset


class StageFilter(admin.SimpleListFilter):
    title = _("stage")
    parameter_name = "stage"

    def lookups(self, request, model_admin):
        return ExhibitionStage.choices

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == ExhibitionStage.PLANNED:
            return queryset.upcoming(today)
        if self.value() == ExhibitionStage.OPEN:
            return queryset.current(today)
        if self.value() == ExhibitionStage.CLOSED:
            return queryset.past(today)
        return queryset


@admin.register(Exhibition)
class ExhibitionAdmin(VersionedAdmin, BookingConflictsAsMessages, HistoryAdmin):
    list_display = (
        "title_en",
        "exhibition_type",
        "stage",
        "start_date",
        "end_date",
        "object_count",
        "status",
    )
    list_filter = (StageFilter, "exhibition_type", "status")
    search_fields = ("title_en", "title_ru", "title_kk", "slug")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("organizers", "partners", "events")
    filter_horizontal = ("curators",)
    inlines = [ExhibitionVenueInline, SectionInline, ExhibitionItemInline]
    actions = PUBLICATION_ACTIONS
    change_form_template = "exhibitions/admin/change_form.html"
    formfield_overrides = {
        Exhibition._meta.get_field("summary_en").__class__: {
            "widget": forms.Textarea(attrs={"rows": 3, "cols": 90})
        }
    }
    save_on_top = True
    fieldsets = (
        (None, {"fields": (("title_en", "title_ru", "title_kk"), "slug", "status")}),
        (_("Summary"), {"fields": ("summary_en", "summary_ru", "summary_kk")}),
        (
            _("Description"),
            {"fields": ("description_en", "description_ru", "description_kk")},
        ),
        (_("When"), {"fields": ("exhibition_type", ("start_date", "end_date"))}),
        (_("Who"), {"fields": ("organizers", "partners", "curators", "events")}),
        (
            _("Cover image"),
            {"fields": ("cover_image", ("cover_alt_en", "cover_alt_ru", "cover_alt_kk"))},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(object_count=Count("exhibition_items"))

    @admin.display(description=_("stage"))
    def stage(self, obj):
        return obj.stage().label

    @admin.display(description=_("objects"), ordering="object_count")
    def object_count(self, obj):
        return obj.object_count

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, (ExhibitionVenueInline, ExhibitionItemInline)):
            if not hasattr(request, "_booking_plan"):
                request._booking_plan = BookingPlan()
            kwargs["booking_plan"] = request._booking_plan
        return kwargs

    def save_formset(self, request, form, formset, change):
        if formset.model is Section:
            for deleted in formset.deleted_forms:
                if deleted.instance.pk:
                    services.dissolve_section(deleted.instance, user=request.user)
            super().save_formset(request, form, formset, change)
        elif formset.model is ExhibitionItem:
            self._save_entries(request, form.instance, formset)
        else:
            super().save_formset(request, form, formset, change)

    def _save_entries(self, request, exhibition, formset) -> None:
        """New objects, and objects moved to another section, go to the end of their
        section; an object whose section was deleted in the same save leaves it."""
        live_sections = set(exhibition.sections.values_list("pk", flat=True))
        moved = {
            entry_form.instance.pk
            for entry_form in formset.forms
            if entry_form.instance.pk and "section" in entry_form.changed_data
        }
        # Deleting their section just now moved these, as a new version of each.
        dissolved = {
            entry_form.instance.pk
            for entry_form in formset.initial_forms
            if entry_form.initial.get("section") not in (None, *live_sections)
        }
        for entry in formset.save(commit=False):
            if entry.pk in dissolved:
                entry.version = ExhibitionItem.objects.values_list("version", flat=True).get(
                    pk=entry.pk
                )
            if entry.section_id is not None and entry.section_id not in live_sections:
                # Its section was deleted just now: a new object goes outside sections; a
                # saved one keeps the place dissolve_section gave it.
                if entry.pk is None:
                    entry.section_id = None
                else:
                    saved = ExhibitionItem.objects.filter(pk=entry.pk).values("section", "position")
                    entry.section_id, entry.position = saved.get().values()
                    moved.discard(entry.pk)
            if entry.pk is None or entry.pk in moved:
                entry.position = services.next_position(exhibition, entry.section_id)
            entry.save()
        for entry in formset.deleted_objects:
            entry.delete()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.sync_bookings(form.instance)

    def resync_bookings(self, obj) -> None:
        services.sync_bookings(obj)

    # Staff pages: assembly and printed outputs ----------------------------------------

    def get_urls(self):
        def page(view, perm, name, route):
            return path(
                route,
                self.admin_site.admin_view(self._exhibition_page(view, perm)),
                name=f"exhibitions_exhibition_{name}",
            )

        return [
            path(
                "add-objects/",
                self.admin_site.admin_view(self._add_objects),
                name="exhibitions_exhibition_add_objects",
            ),
            page(assembly.arrange, "change", "arrange", "<int:pk>/arrange/"),
            page(outputs.checklist, "view", "checklist", "<int:pk>/checklist/"),
            page(outputs.checklist_csv, "view", "checklist_csv", "<int:pk>/checklist.csv"),
            page(outputs.labels, "view", "labels", "<int:pk>/labels/"),
            page(outputs.summary, "view", "summary", "<int:pk>/summary/"),
            *super().get_urls(),
        ]

    def _exhibition_page(self, view, perm):
        def wrapped(request, pk):
            exhibition = get_object_or_404(Exhibition, pk=pk)
            allowed = {"view": self.has_view_permission, "change": self.has_change_permission}
            if not allowed[perm](request, exhibition):
                raise PermissionDenied
            return view(request, exhibition, self.admin_context(request, exhibition))

        return wrapped

    def _add_objects(self, request):
        if not request.user.has_perm("exhibitions.add_exhibitionitem"):
            raise PermissionDenied
        return assembly.add_objects(request, self.admin_context(request))

    def admin_context(self, request, exhibition=None) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": exhibition,
            "has_view_permission": self.has_view_permission(request, exhibition),
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["staff_pages"] = [
                (label, reverse(f"admin:exhibitions_exhibition_{name}", args=[obj.pk]))
                for name, label in STAFF_PAGES
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)
