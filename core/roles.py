"""Staff roles as groups with permissions: the one place that says who may do what."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

COLLECTION_RECORDS = [
    "collections_app.collectionitem",
    "collections_app.archivaldocument",
    "collections_app.photograph",
    "collections_app.diplomaticgift",
    "collections_app.itemimage",
    "collections_app.itemperson",
]
AUTHORITIES = [
    "authorities.person",
    "authorities.personnamevariant",
    "authorities.country",
    "authorities.organization",
    "authorities.place",
    "authorities.placename",
    "authorities.material",
    "authorities.subject",
    "events.event",
]
EXHIBITIONS = [
    "exhibitions.exhibition",
    "exhibitions.exhibitionvenue",
    "exhibitions.exhibitionitem",
    "exhibitions.section",
    "bookings.venue",
]

ALL = ("add", "change", "delete", "view")
EDIT = ("add", "change", "view")


def _perms(models: list[str], actions: tuple[str, ...]) -> set[str]:
    return {
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in models
        for action in actions
    }


CURATOR = "Curator"
REGISTRAR = "Registrar"
EXHIBITION_STAFF = "Exhibition staff"

_curator = (
    _perms(COLLECTION_RECORDS, EDIT)
    | {"collections_app.delete_itemimage", "collections_app.delete_itemperson"}
    | _perms(AUTHORITIES, ALL)
    | _perms(EXHIBITIONS, ALL)
    | {"bookings.view_booking", "collections_app.view_valuation"}
)

ROLES: dict[str, set[str]] = {
    # Records and authorities; sees valuations but cannot change them or accession numbers.
    CURATOR: _curator,
    # Owns accession numbers and valuations, and may delete records.
    REGISTRAR: _curator
    | _perms(COLLECTION_RECORDS, ALL)
    | {"collections_app.change_accession_number", "collections_app.change_valuation"},
    # Builds exhibitions; reads records and authorities without changing them.
    EXHIBITION_STAFF: _perms(EXHIBITIONS, ALL)
    | {"bookings.view_booking"}
    | _perms(COLLECTION_RECORDS, ("view",))
    | _perms(AUTHORITIES, ("view",)),
}


@transaction.atomic
def setup_roles() -> dict[str, Group]:
    """Create or update the role groups so they hold exactly ROLES' permissions."""
    groups = {}
    for name, codes in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = []
        for code in sorted(codes):
            app_label, codename = code.split(".")
            permissions.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)
        groups[name] = group
    return groups
