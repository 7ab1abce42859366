from django.core.management.base import BaseCommand

from search.services import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search document of every record."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        if batch_size < 1:
            from django.core.management.base import CommandError

            raise CommandError("--batch-size must be at least 1")
        written = rebuild_index(batch_size=batch_size, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written} records."))
