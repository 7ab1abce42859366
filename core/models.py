"""Building blocks shared by the apps: publication status and its QuerySet, timestamps,
and the version that optimistic locking checks."""

from typing import Any

from django import forms
from django.db import models, router, transaction
from django.utils.translation import gettext_lazy as _

from core.locking import VersionFormField


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class PublishableQuerySet(models.QuerySet):
    def public(self):
        """The one door to everything visitors see."""
        return self.filter(status=PublicationStatus.PUBLISHED)

    def drafts(self):
        return self.filter(status=PublicationStatus.DRAFT)


class Publishable(models.Model):
    status = models.CharField(
        _("publication status"),
        max_length=12,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        db_index=True,
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=PublicationStatus.values),
                name="%(app_label)s_%(class)s_status_valid",
            ),
        ]

    @property
    def is_public(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED


class Timestamped(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class StaleVersion(Exception):
    """A save was based on a version of the row that is no longer the current one."""

    def __init__(self, obj: models.Model, version: int):
        super().__init__(f"{obj._meta.label} {obj.pk}: version {version} is no longer current")
        self.obj = obj
        self.version = version


class VersionField(models.PositiveIntegerField):
    """The row's version: 1 when created, one more on every save. Forms carry it hidden,
    so a save says which version it was based on (see core.locking)."""

    def formfield(
        self,
        form_class: type[forms.Field] | None = None,
        choices_form_class: type[forms.ChoiceField] | None = None,
        **kwargs: Any,
    ) -> forms.Field | None:
        return super().formfield(
            form_class=form_class or VersionFormField,
            choices_form_class=choices_form_class,
            **kwargs,
        )


class Versioned(models.Model):
    """Optimistic locking. Every save of an existing row claims the next version in the
    database (``UPDATE … SET version = v + 1 WHERE version = v``) before writing, inside one
    transaction: of two saves based on the same version, exactly one wins and the other
    raises StaleVersion, whichever form or script made them."""

    version = VersionField(_("version"), default=1)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or self.pk is None:
            return super().save(*args, **kwargs)
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        base = self.version
        with transaction.atomic(using=using):
            self._claim_next_version(using)
            try:
                super().save(*args, **kwargs)
            except BaseException:
                self.version = base
                raise

    def _claim_next_version(self, using: str) -> None:
        base = self.version
        # The table that holds the column: the parent's, for a multi-table child.
        owner = self._meta.get_field("version").model
        claimed = (
            owner._base_manager.using(using)
            .filter(pk=self.pk, version=base)
            .update(version=base + 1)
        )
        if not claimed:
            raise StaleVersion(self, base)
        self.version = base + 1
