"""Collection records: one table for what every record shares (and one accession-number
space), with a child table per type through multi-table inheritance. Catalogue queries
read the parent table only; a detail page joins its one child."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from authorities.models import Country, Material, Organization, Person, Place, Subject
from collections_app.images import derive_image_fields
from core.i18n import TranslatedField, localized_names
from core.models import (
    PublicationStatus,
    Publishable,
    PublishableQuerySet,
    Timestamped,
    Versioned,
)
from core.urls import reverse_one

from .accession import AccessionCounter, format_accession_number
from .ordering import TITLE_ORDER_FIELDS, title_order_field


class ItemType(models.TextChoices):
    DOCUMENT = "document", _("Archival document")
    PHOTOGRAPH = "photograph", _("Photograph")
    GIFT = "gift", _("Diplomatic gift")


ACCESSION_PREFIXES = {
    ItemType.DOCUMENT: "DOC",
    ItemType.PHOTOGRAPH: "PHO",
    ItemType.GIFT: "GIF",
}


class RightsStatement(models.TextChoices):
    """rightsstatements.org and Creative Commons statements, by URI."""

    IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/", _("In copyright")
    IN_COPYRIGHT_EDU = (
        "http://rightsstatements.org/vocab/InC-EDU/1.0/",
        _("In copyright – educational use permitted"),
    )
    NO_COPYRIGHT_OTHER = (
        "http://rightsstatements.org/vocab/NoC-OKLR/1.0/",
        _("No copyright – other known legal restrictions"),
    )
    NO_KNOWN_COPYRIGHT = "http://rightsstatements.org/vocab/NKC/1.0/", _("No known copyright")
    UNDETERMINED = "http://rightsstatements.org/vocab/UND/1.0/", _("Copyright undetermined")
    CC_BY = "https://creativecommons.org/licenses/by/4.0/", _("CC BY 4.0")
    CC0 = "https://creativecommons.org/publicdomain/zero/1.0/", _("Public domain (CC0)")


# What no card shows: long texts and staff-only fields stay in the database when a list
# is read (they were a sixth of the time building a page of cards took).
NOT_LISTED = (
    *localized_names("description"),
    *TITLE_ORDER_FIELDS,
    "credit_line",
    "rights_statement",
    "storage_location",
    "internal_notes",
)
IMAGE_NOT_LISTED = (*localized_names("caption"), "sha256", "credit", "uploaded_by", "created_at")


class CollectionItemQuerySet(PublishableQuerySet):
    def for_listing(self):
        """What a card on a public list shows: the primary image, joined in the same query
        (a record has at most one, by constraint)."""
        # ``listed`` tells ``primary_image`` the join was made (select_related sets no
        # attribute when no row joins); a constant, so counts and subqueries built on
        # this queryset do not join the images.
        return (
            self.annotate(
                listed_image=models.FilteredRelation(
                    "images", condition=models.Q(images__is_primary=True)
                ),
                listed=models.Value(True, output_field=models.BooleanField()),
            )
            .select_related("listed_image")
            .defer(*NOT_LISTED, *(f"listed_image__{name}" for name in IMAGE_NOT_LISTED))
        )

    def for_admin_list(self):
        """What a changelist row shows: the primary image, without a query per row."""
        return self.prefetch_related(
            models.Prefetch(
                "images",
                queryset=ItemImage.objects.filter(is_primary=True),
                to_attr="primary_images",
            )
        )

    def of_type(self, item_type: str):
        return self.filter(item_type=item_type)

    def specific(self) -> list["CollectionItem"]:
        """The records as instances of their own type: one query per type present."""
        by_type: dict[str, list[int]] = {}
        for pk, item_type in self.values_list("pk", "item_type"):
            by_type.setdefault(item_type, []).append(pk)
        specific = []
        for model in (ArchivalDocument, Photograph, DiplomaticGift):
            if model.ITEM_TYPE in by_type:
                specific += model.objects.filter(pk__in=by_type[model.ITEM_TYPE])
        return specific


class CollectionItem(Publishable, Timestamped, Versioned):
    item_type = models.CharField(
        _("record type"), max_length=12, choices=ItemType, editable=False, db_index=True
    )
    accession_number = models.CharField(
        _("accession number"),
        max_length=32,
        unique=True,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9][A-Za-z0-9./_-]*$",
                _("Letters, digits, dots, slashes, hyphens and underscores only."),
            )
        ],
        help_text=_("Assigned automatically on first save, e.g. GIF-2024-0001."),
    )
    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=500, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_kk = models.TextField(_("description (Kazakh)"), blank=True)
    title = TranslatedField()
    description = TranslatedField()

    date_display = models.CharField(
        _("date"),
        max_length=100,
        blank=True,
        help_text=_('As it should read, e.g. "30 June 2022", "c. 1992", "1990s".'),
    )
    date_earliest = models.DateField(
        _("earliest date"), null=True, blank=True, help_text=_("Used for filtering and sorting.")
    )
    date_latest = models.DateField(
        _("latest date"), null=True, blank=True, help_text=_("Used for filtering and sorting.")
    )

    countries = models.ManyToManyField(
        Country,
        verbose_name=_("countries"),
        through="ItemCountry",
        blank=True,
        related_name="items",
    )
    people = models.ManyToManyField(
        Person,
        verbose_name=_("people"),
        through="ItemPerson",
        blank=True,
        related_name="items",
    )
    organizations = models.ManyToManyField(
        Organization,
        verbose_name=_("organizations"),
        through="ItemOrganization",
        blank=True,
        related_name="items",
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
    )
    events = models.ManyToManyField(
        "events.Event",
        verbose_name=_("events"),
        through="ItemEvent",
        blank=True,
        related_name="items",
    )
    subjects = models.ManyToManyField(
        Subject,
        verbose_name=_("subjects"),
        through="ItemSubject",
        blank=True,
        related_name="items",
    )

    rights_statement = models.CharField(
        _("rights statement"),
        max_length=100,
        choices=RightsStatement,
        default=RightsStatement.UNDETERMINED,
    )
    credit_line = models.CharField(_("credit line"), max_length=500, blank=True)

    # Staff only: never in a public template, serializer, export, feed or JSON-LD.
    storage_location = models.CharField(_("storage location"), max_length=255, blank=True)
    internal_notes = models.TextField(_("internal notes"), blank=True)

    # Browsing by title sorts on these: the title in each language's fallback order,
    # case-folded (search.query.title_order). Stored, so that PostgreSQL's index in each
    # order (search migration 0015) holds the key alone: a page deep in the order skips
    # thousands of index entries, and a narrow entry makes that a third of the reading.
    # Derived from the titles, so not in the record's history.
    title_order_en = title_order_field("en")
    title_order_ru = title_order_field("ru")
    title_order_kk = title_order_field("kk")

    objects = CollectionItemQuerySet.as_manager()
    history = HistoricalRecords(inherit=True, excluded_fields=TITLE_ORDER_FIELDS)

    class Meta:
        verbose_name = _("collection record")
        verbose_name_plural = _("collection records")
        ordering = ["-date_earliest", "accession_number"]
        permissions = [
            ("change_accession_number", _("Can change accession numbers")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_earliest__isnull=True)
                | models.Q(date_latest__isnull=True)
                | models.Q(date_earliest__lte=models.F("date_latest")),
                name="item_date_earliest_not_after_latest",
            ),
            models.CheckConstraint(
                condition=models.Q(item_type__in=ItemType.values), name="item_type_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=PublicationStatus.values),
                name="item_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(accession_number=""), name="item_accession_number_not_empty"
            ),
            models.CheckConstraint(
                condition=models.Q(rights_statement__in=RightsStatement.values),
                name="item_rights_statement_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "item_type"], name="item_status_type_idx"),
            models.Index(fields=["date_earliest", "date_latest"], name="item_dates_idx"),
        ]

    # Set by each record type.
    ITEM_TYPE: str = ""

    def __str__(self) -> str:
        return f"{self.accession_number} {self.title}".strip()

    def clean(self):
        super().clean()
        if self.date_earliest and self.date_latest and self.date_earliest > self.date_latest:
            raise ValidationError(
                {"date_latest": _("The latest date cannot be before the earliest date.")}
            )

    def validate_constraints(self, exclude=None):
        if not self.accession_number:
            # A new record gets its number on save; there is nothing to check yet.
            exclude = {*(exclude or ()), "accession_number"}
        super().validate_constraints(exclude=exclude)

    def save(self, *args, **kwargs):
        if self.ITEM_TYPE:
            self.item_type = self.ITEM_TYPE
        with transaction.atomic():
            if not self.accession_number:
                self.accession_number = self._next_accession_number()
            super().save(*args, **kwargs)

    def get_item_type_display(self) -> str:
        # Django's generic version builds a dict of every choice on each call; a list of
        # twenty cards asks twenty times.
        try:
            return str(ItemType(self.item_type).label)
        except ValueError:
            return self.item_type

    def get_absolute_url(self) -> str:
        return self.url_of(self.accession_number)

    @staticmethod
    def url_of(accession_number: str) -> str:
        """The public object page: a permanent URL built on the accession number."""
        return reverse_one("catalogue:object", "accession_number", accession_number)

    def _next_accession_number(self) -> str:
        prefix = ACCESSION_PREFIXES[self.item_type]
        year = timezone.localdate().year
        while True:
            number = format_accession_number(
                prefix, year, AccessionCounter.objects.next_number(prefix, year)
            )
            # A registrar may have typed a number by hand: skip it rather than collide.
            if not CollectionItem.objects.filter(accession_number=number).exists():
                return number

    def get_admin_url(self) -> str:
        """The change page of the record's own type."""
        return reverse(f"admin:collections_app_{self.concrete_model_name}_change", args=[self.pk])

    @property
    def concrete_model_name(self) -> str:
        return {
            ItemType.DOCUMENT: "archivaldocument",
            ItemType.PHOTOGRAPH: "photograph",
            ItemType.GIFT: "diplomaticgift",
        }.get(self.item_type, "collectionitem")

    @property
    def primary_image(self):
        """The primary image; uses the ``for_listing`` join or the ``for_admin_list``
        prefetch when present."""
        if "listed" in self.__dict__:
            return self.__dict__.get("listed_image")
        if hasattr(self, "primary_images"):
            return self.primary_images[0] if self.primary_images else None
        return self.images.filter(is_primary=True).first()


class PersonRole(models.TextChoices):
    AUTHOR = "author", _("Author")
    SIGNATORY = "signatory", _("Signatory")
    ADDRESSEE = "addressee", _("Addressee")
    DEPICTED = "depicted", _("Depicted")
    PHOTOGRAPHER = "photographer", _("Photographer")
    GIVER = "giver", _("Giver")
    RECIPIENT = "recipient", _("Recipient")
    MAKER = "maker", _("Maker")
    MENTIONED = "mentioned", _("Mentioned")


class ItemPerson(Versioned):
    """A person linked to a record, in a role."""

    Role = PersonRole

    item = models.ForeignKey(
        CollectionItem,
        verbose_name=_("record"),
        on_delete=models.CASCADE,
        related_name="person_links",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="item_links"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person on a record")
        verbose_name_plural = _("people on records")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "person", "role"], name="item_person_role_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=PersonRole.values), name="item_person_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"


class DocumentType(models.TextChoices):
    LETTER = "letter", _("Letter")
    NOTE_VERBALE = "note_verbale", _("Note verbale")
    TREATY = "treaty", _("Treaty or agreement")
    MEMORANDUM = "memorandum", _("Memorandum")
    SPEECH = "speech", _("Speech")
    DECREE = "decree", _("Decree")
    CREDENTIALS = "credentials", _("Letter of credence")
    RESOLUTION = "resolution", _("Resolution")
    DECLARATION = "declaration", _("Declaration or joint statement")
    TELEGRAM = "telegram", _("Telegram")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other")


class Originality(models.TextChoices):
    ORIGINAL = "original", _("Original")
    CERTIFIED_COPY = "certified_copy", _("Certified copy")
    COPY = "copy", _("Copy")
    DRAFT = "draft", _("Draft")


class ArchivalDocument(CollectionItem):
    DocumentType = DocumentType
    Originality = Originality

    document_type = models.CharField(_("document type"), max_length=16, choices=DocumentType)
    languages = models.CharField(
        _("languages"),
        max_length=64,
        blank=True,
        validators=[
            RegexValidator(
                r"^[a-z]{2,3}( *, *[a-z]{2,3})*$",
                _("ISO 639 codes separated by commas, e.g. kk, ru, en."),
            )
        ],
        help_text=_("ISO 639 codes separated by commas, e.g. kk, ru, en."),
    )
    reference_code = models.CharField(
        _("archival reference code"),
        max_length=128,
        blank=True,
        help_text=_("Fonds, inventory, file and sheet, e.g. F. 5-N, Op. 1, D. 12, L. 3"),
    )
    holding_archive = models.ForeignKey(
        Organization,
        verbose_name=_("holding archive"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="held_documents",
    )
    page_count = models.PositiveIntegerField(
        _("number of pages"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    originality = models.CharField(
        _("original or copy"),
        max_length=16,
        choices=Originality,
        default=Originality.ORIGINAL,
    )
    transcription = models.TextField(_("transcription"), blank=True)

    ITEM_TYPE = ItemType.DOCUMENT

    class Meta:
        verbose_name = _("archival document")
        verbose_name_plural = _("archival documents")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(document_type__in=DocumentType.values),
                name="document_type_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(originality__in=Originality.values),
                name="document_originality_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(page_count__isnull=True) | models.Q(page_count__gte=1),
                name="document_page_count_positive",
            ),
        ]

    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class PhotoFormat(models.TextChoices):
    PRINT = "print", _("Print")
    NEGATIVE = "negative", _("Negative")
    SLIDE = "slide", _("Slide")
    DIGITAL = "digital", _("Born-digital")
    CONTACT_SHEET = "contact_sheet", _("Contact sheet")


class PhotoColour(models.TextChoices):
    COLOUR = "colour", _("In colour")
    BLACK_AND_WHITE = "bw", _("Black and white")


class Photograph(CollectionItem):
    Format = PhotoFormat
    Colour = PhotoColour

    photographer = models.ForeignKey(
        Person,
        verbose_name=_("photographer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="photographs_taken",
    )
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.PRINT
    )
    colour = models.CharField(
        _("colour"), max_length=8, choices=Colour.choices, default=Colour.COLOUR
    )
    dimensions = models.CharField(
        _("dimensions"), max_length=100, blank=True, help_text=_("e.g. 24 × 30 cm, 6000 × 4000 px")
    )

    ITEM_TYPE = ItemType.PHOTOGRAPH

    class Meta:
        verbose_name = _("photograph")
        verbose_name_plural = _("photographs")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(format__in=PhotoFormat.values), name="photograph_format_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(colour__in=PhotoColour.values), name="photograph_colour_valid"
            ),
        ]


class GiftCategory(models.TextChoices):
    BOOK = "book", _("Book")
    SOUVENIR = "souvenir", _("Souvenir")
    TABLEWARE = "tableware", _("Tableware")
    DECORATIVE = "decorative", _("Decorative object")
    TEXTILE = "textile", _("Textile or carpet")
    PAINTING = "painting", _("Painting or graphic art")
    SCULPTURE = "sculpture", _("Sculpture")
    JEWELLERY = "jewellery", _("Jewellery")
    WEAPON = "weapon", _("Ceremonial weapon")
    INSTRUMENT = "instrument", _("Musical instrument")
    OTHER = "other", _("Other")


class GiftDisposition(models.TextChoices):
    RETAINED = "retained", _("Retained in the collection")
    ON_DISPLAY = "on_display", _("On permanent display")
    TRANSFERRED = "transferred", _("Transferred to another institution")
    ON_LOAN = "on_loan", _("On loan")
    DEACCESSIONED = "deaccessioned", _("Deaccessioned")


class DiplomaticGift(CollectionItem):
    Category = GiftCategory
    Disposition = GiftDisposition

    giver = models.ForeignKey(
        Person,
        verbose_name=_("giver"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts_given",
    )
    giver_title = models.CharField(_("giver's title"), max_length=255, blank=True)
    giving_country = models.ForeignKey(
        Country,
        verbose_name=_("giving state"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts_given",
    )
    giving_organization = models.ForeignKey(
        Organization,
        verbose_name=_("giving organization or delegation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts_given",
    )
    recipient = models.ForeignKey(
        Person,
        verbose_name=_("recipient"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts_received",
    )
    recipient_title = models.CharField(_("recipient's title"), max_length=255, blank=True)
    occasion = models.ForeignKey(
        "events.Event",
        verbose_name=_("occasion"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts",
    )
    date_presented = models.DateField(_("date presented"), null=True, blank=True)
    materials = models.ManyToManyField(
        Material,
        verbose_name=_("materials"),
        through="GiftMaterial",
        blank=True,
        related_name="gifts",
    )
    technique = models.CharField(_("technique"), max_length=255, blank=True)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    dimensions = models.CharField(
        _("dimensions"), max_length=100, blank=True, help_text=_("e.g. H 32 × W 18 × D 18 cm")
    )
    weight_grams = models.DecimalField(
        _("weight (g)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    disposition = models.CharField(
        _("disposition"),
        max_length=16,
        choices=Disposition.choices,
        default=Disposition.RETAINED,
    )

    # Staff only, and only for those with the valuation permissions.
    estimated_value = models.DecimalField(
        _("estimated value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    value_currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("ISO 4217 code, e.g. KZT, USD."))],
        help_text=_("ISO 4217 code, e.g. KZT, USD."),
    )

    ITEM_TYPE = ItemType.GIFT

    class Meta:
        verbose_name = _("diplomatic gift")
        verbose_name_plural = _("diplomatic gifts")
        permissions = [
            ("view_valuation", _("Can view valuations")),
            ("change_valuation", _("Can change valuations")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(category__in=GiftCategory.values), name="gift_category_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(disposition__in=GiftDisposition.values),
                name="gift_disposition_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(estimated_value__isnull=True) | models.Q(estimated_value__gte=0),
                name="gift_value_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(estimated_value__isnull=True) | ~models.Q(value_currency=""),
                name="gift_value_has_currency",
            ),
            models.CheckConstraint(
                condition=models.Q(weight_grams__isnull=True) | models.Q(weight_grams__gte=0),
                name="gift_weight_not_negative",
            ),
        ]

    def clean(self):
        super().clean()
        if self.estimated_value is not None and not self.value_currency:
            raise ValidationError({"value_currency": _("Give the currency of the value.")})


def _item_image_path(instance: "ItemImage", filename: str) -> str:
    return f"items/{instance.item_id}/{filename}"


class ItemImage(Versioned):
    """An image of a record: the master file, a thumbnail derived from it, and its checksum."""

    item = models.ForeignKey(
        CollectionItem, verbose_name=_("record"), on_delete=models.CASCADE, related_name="images"
    )
    image = models.ImageField(
        _("image"), upload_to=_item_image_path, width_field="width", height_field="height"
    )
    thumbnail = models.ImageField(
        _("thumbnail"), upload_to="thumbnails/", blank=True, editable=False
    )
    width = models.PositiveIntegerField(_("width (px)"), null=True, editable=False)
    height = models.PositiveIntegerField(_("height (px)"), null=True, editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, editable=False)
    caption_en = models.CharField(_("caption (English)"), max_length=500, blank=True)
    caption_ru = models.CharField(_("caption (Russian)"), max_length=500, blank=True)
    caption_kk = models.CharField(_("caption (Kazakh)"), max_length=500, blank=True)
    alt_text_en = models.CharField(
        _("alt text (English)"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    alt_text_ru = models.CharField(_("alt text (Russian)"), max_length=300, blank=True)
    alt_text_kk = models.CharField(_("alt text (Kazakh)"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    is_primary = models.BooleanField(_("primary"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    caption = TranslatedField()
    alt_text = TranslatedField()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["item", "-is_primary", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["item"],
                condition=models.Q(is_primary=True),
                name="item_image_one_primary",
            ),
        ]

    def __str__(self) -> str:
        return self.caption or self.image.name

    def save(self, *args, **kwargs):
        derive_image_fields(self)
        super().save(*args, **kwargs)
