"""Accession numbers: one number space for every record, assigned per type and year."""

from django.db import models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class AccessionCounterQuerySet(models.QuerySet):
    def next_number(self, prefix: str, year: int) -> int:
        """The next free sequence number for ``prefix`` and ``year``.

        The UPDATE takes a row lock that is held until the surrounding transaction
        commits, so two records saved at once never receive the same number; the
        unique constraint on ``CollectionItem.accession_number`` is the last guard.
        """
        with transaction.atomic(using=self.db):
            counter, _created = self.get_or_create(prefix=prefix, year=year)
            self.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
            return self.filter(pk=counter.pk).values_list("last_number", flat=True).get()


class AccessionCounter(models.Model):
    prefix = models.CharField(_("prefix"), max_length=8)
    year = models.PositiveSmallIntegerField(_("year"))
    last_number = models.PositiveIntegerField(_("last number issued"), default=0)

    objects = AccessionCounterQuerySet.as_manager()

    class Meta:
        verbose_name = _("accession counter")
        verbose_name_plural = _("accession counters")
        ordering = ["prefix", "year"]
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="accession_counter_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last_number}"


def format_accession_number(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year}-{number:04d}"
