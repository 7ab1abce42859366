"""Authorities: the people, countries, organizations, places, materials and subjects
that records point to. Records refer to them with PROTECT, so a linked authority
cannot be deleted out from under a record."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.i18n import TranslatedField
from core.models import Versioned


class Script(models.TextChoices):
    LATIN = "latn", _("Latin")
    CYRILLIC = "cyrl", _("Cyrillic")
    ARABIC = "arab", _("Arabic")
    CHINESE = "hani", _("Chinese")
    OTHER = "other", _("Other")


class AuthorityQuerySet(models.QuerySet):
    def matching(self, text: str):
        """Authorities whose name in any language (or any variant) contains ``text``."""
        text = text.strip()
        q = (
            models.Q(name_en__icontains=text)
            | models.Q(name_ru__icontains=text)
            | models.Q(name_kk__icontains=text)
        )
        return self.filter(q)


class NamedAuthority(Versioned):
    """Name in the three languages of the public site; English is required."""

    name_en = models.CharField(_("name (English)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255, blank=True)
    name = TranslatedField()

    objects = AuthorityQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name or self.name_en


class Country(NamedAuthority):
    iso_code = models.CharField(
        _("ISO 3166-1 code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. KZ."))],
        help_text=_("Two-letter ISO 3166-1 alpha-2 code, e.g. KZ, US, CN."),
    )
    relations_established = models.DateField(
        _("diplomatic relations established"),
        null=True,
        blank=True,
        help_text=_("Date diplomatic relations with Kazakhstan were established."),
    )

    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(iso_code__regex=r"^[A-Z]{2}$"),
                name="country_iso_code_two_capitals",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:country", kwargs={"iso_code": self.iso_code})


class Person(NamedAuthority):
    """A person; ``name_*`` hold the preferred form per language, variants hold the rest."""

    title = models.CharField(
        _("title or position"),
        max_length=255,
        blank=True,
        help_text=_("e.g. First Foreign Minister of Kazakhstan"),
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    death_year = models.PositiveSmallIntegerField(_("death year"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(birth_year__isnull=True)
                | models.Q(death_year__isnull=True)
                | models.Q(birth_year__lte=models.F("death_year")),
                name="person_born_before_death",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:person", kwargs={"pk": self.pk})

    def all_names(self) -> list[str]:
        names = [self.name_en, self.name_ru, self.name_kk]
        names += [variant.name for variant in self.variants.all()]
        return list(dict.fromkeys(n for n in names if n))


class PersonNameVariant(Versioned):
    """Another form of a person's name: another script, spelling or transliteration."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="variants"
    )
    name = models.CharField(_("name"), max_length=255)
    script = models.CharField(_("script"), max_length=5, choices=Script, default=Script.LATIN)
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("e.g. passport spelling, press")
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("name variant")
        verbose_name_plural = _("name variants")
        ordering = ["person", "name"]
        constraints = [
            models.UniqueConstraint("person", Lower("name"), name="person_variant_unique"),
            models.CheckConstraint(
                condition=models.Q(script__in=Script.values), name="person_variant_script_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OrganizationKind(models.TextChoices):
    INTERNATIONAL = "international", _("International organization")
    GOVERNMENT = "government", _("Government body or ministry")
    MISSION = "mission", _("Diplomatic mission")
    ARCHIVE = "archive", _("Archive")
    LIBRARY = "library", _("Library")
    MUSEUM = "museum", _("Museum")
    UNIVERSITY = "university", _("University or research institute")
    OTHER = "other", _("Other")


class Organization(NamedAuthority):
    Kind = OrganizationKind

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    abbreviation = models.CharField(_("abbreviation"), max_length=32, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
    )
    website = models.URLField(_("website"), blank=True)

    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=OrganizationKind.values), name="organization_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        name = super().__str__()
        return f"{name} ({self.abbreviation})" if self.abbreviation else name

    def get_absolute_url(self) -> str:
        return reverse("catalogue:organization", kwargs={"pk": self.pk})


class Place(NamedAuthority):
    """A place under its current name; ``historical_names`` keep what it was called when."""

    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="places",
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="place_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="place_longitude_range",
            ),
        ]

    def all_names(self) -> list[str]:
        names = [self.name_en, self.name_ru, self.name_kk]
        names += [n.name for n in self.historical_names.all()]
        return list(dict.fromkeys(n for n in names if n))


class PlaceName(Versioned):
    """A name a place carried, and when: Tselinograd (1961-1992), Akmola (1992-1998) ..."""

    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.CASCADE, related_name="historical_names"
    )
    name = models.CharField(_("name"), max_length=255)
    language = models.CharField(
        _("language"), max_length=8, blank=True, help_text=_("ISO 639-1 code, e.g. kk, ru, en")
    )
    used_from = models.PositiveSmallIntegerField(_("used from (year)"), null=True, blank=True)
    used_until = models.PositiveSmallIntegerField(_("used until (year)"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("place name")
        verbose_name_plural = _("place names")
        ordering = ["place", "used_from", "name"]
        constraints = [
            models.UniqueConstraint("place", Lower("name"), "used_from", name="place_name_unique"),
            models.CheckConstraint(
                condition=models.Q(used_from__isnull=True)
                | models.Q(used_until__isnull=True)
                | models.Q(used_from__lte=models.F("used_until")),
                name="place_name_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        if self.used_from or self.used_until:
            return f"{self.name} ({self.used_from or '…'}–{self.used_until or '…'})"
        return self.name


class Material(NamedAuthority):
    aat_uri = models.URLField(
        _("Getty AAT URI"),
        blank=True,
        help_text=_("e.g. http://vocab.getty.edu/aat/300011029 (silver)"),
    )

    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        constraints = [
            models.UniqueConstraint(Lower("name_en"), name="material_name_unique"),
        ]


class Subject(NamedAuthority):
    history = HistoricalRecords()

    class Meta(NamedAuthority.Meta):
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")
        constraints = [
            models.UniqueConstraint(Lower("name_en"), name="subject_name_unique"),
        ]
