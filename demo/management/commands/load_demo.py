from django.core.management.base import BaseCommand

from collections_app.models import CollectionItem
from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load the illustrative demo collection: authorities, events, exhibitions and records "
        "with generated images. Safe to run again: what exists is left untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the collection already has any record.",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and CollectionItem.objects.exists():
            self.stdout.write("The collection already has records; demo not loaded (--if-empty).")
            return
        summary = load_demo(stdout=self.stdout)
        if any(counts["created"] for counts in summary.values()):
            self.stdout.write(self.style.SUCCESS("Demo collection loaded."))
        else:
            self.stdout.write("Demo collection already present; nothing written.")
