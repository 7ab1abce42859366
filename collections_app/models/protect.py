from django.db import models


def protect_many_to_many(*descriptors) -> None:
    """Make deleting an authority that a many-to-many link points to fail with
    ProtectedError, as a ForeignKey(on_delete=PROTECT) would, instead of silently
    dropping the link. Call once the app registry is ready."""
    for descriptor in descriptors:
        field = descriptor.field
        through = field.remote_field.through
        target_fk = through._meta.get_field(field.m2m_reverse_field_name())
        target_fk.remote_field.on_delete = models.PROTECT
        source_name = field.m2m_field_name()
        through.__str__ = lambda link, source_name=source_name: str(getattr(link, source_name))
