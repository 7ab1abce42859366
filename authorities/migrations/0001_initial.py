"""The authorities (countries, organizations, people and their name variants, places and
their names, materials, subjects, with their history) move here from collections_app.

Their rows stay where they are: the models enter this app's state over the existing
tables (SeparateDatabaseAndState), then the tables are renamed to this app's names
(AlterModelTable: a rename, no copy; keys pointing to them follow the table). Their
content types move with them, so permissions, group grants, admin log entries and
history stay attached to the same rows."""

import core.models
import django.core.validators
import django.db.models.deletion
import django.db.models.functions.text
import simple_history.models
from django.conf import settings
from django.db import migrations, models


MOVED = ['country', 'historicalcountry', 'historicalmaterial', 'historicalorganization', 'historicalperson', 'historicalplace', 'historicalsubject', 'material', 'person', 'historicalpersonnamevariant', 'personnamevariant', 'place', 'historicalplacename', 'placename', 'subject', 'organization']


def _move_content_types(source: str, target: str):
    def move(apps, schema_editor):
        ContentType = apps.get_model('contenttypes', 'ContentType')
        content_types = ContentType.objects.using(schema_editor.connection.alias)
        for model in MOVED:
            # A content type already made for the target (by a migrate that ran before
            # this one existed) is left alone; the one holding the grants moves.
            if not content_types.filter(app_label=target, model=model).exists():
                content_types.filter(app_label=source, model=model).update(app_label=target)

    return move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('collections_app', '0005_declared_link_tables'),
        ('contenttypes', '0002_remove_content_type_name'),
        # Every migration whose state points to the old models runs before the tables
        # are renamed (it may build keys to them by their old names).
        ('events', '0002_versions'),
        ('exhibitions', '0004_versions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Country',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('iso_code', models.CharField(help_text='Two-letter ISO 3166-1 alpha-2 code, e.g. KZ, US, CN.', max_length=2, unique=True, validators=[django.core.validators.RegexValidator('^[A-Z]{2}$', 'Two capital letters, e.g. KZ.')], verbose_name='ISO 3166-1 code')),
                        ('relations_established', models.DateField(blank=True, help_text='Date diplomatic relations with Kazakhstan were established.', null=True, verbose_name='diplomatic relations established')),
                    ],
                    options={
                        'db_table': 'collections_app_country',
                        'verbose_name': 'country',
                        'verbose_name_plural': 'countries',
                        'ordering': ['name_en'],
                        'abstract': False,
                        'constraints': [models.CheckConstraint(condition=models.Q(('iso_code__regex', '^[A-Z]{2}$')), name='country_iso_code_two_capitals')],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalCountry',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('iso_code', models.CharField(db_index=True, help_text='Two-letter ISO 3166-1 alpha-2 code, e.g. KZ, US, CN.', max_length=2, validators=[django.core.validators.RegexValidator('^[A-Z]{2}$', 'Two capital letters, e.g. KZ.')], verbose_name='ISO 3166-1 code')),
                        ('relations_established', models.DateField(blank=True, help_text='Date diplomatic relations with Kazakhstan were established.', null=True, verbose_name='diplomatic relations established')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalcountry',
                        'verbose_name': 'historical country',
                        'verbose_name_plural': 'historical countries',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalMaterial',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('aat_uri', models.URLField(blank=True, help_text='e.g. http://vocab.getty.edu/aat/300011029 (silver)', verbose_name='Getty AAT URI')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalmaterial',
                        'verbose_name': 'historical material',
                        'verbose_name_plural': 'historical materials',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalOrganization',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('kind', models.CharField(choices=[('international', 'International organization'), ('government', 'Government body or ministry'), ('mission', 'Diplomatic mission'), ('archive', 'Archive'), ('library', 'Library'), ('museum', 'Museum'), ('university', 'University or research institute'), ('other', 'Other')], default='other', max_length=16, verbose_name='kind')),
                        ('abbreviation', models.CharField(blank=True, max_length=32, verbose_name='abbreviation')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('country', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.country', verbose_name='country')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalorganization',
                        'verbose_name': 'historical organization',
                        'verbose_name_plural': 'historical organizations',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalPerson',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('title', models.CharField(blank=True, help_text='e.g. First Foreign Minister of Kazakhstan', max_length=255, verbose_name='title or position')),
                        ('birth_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='birth year')),
                        ('death_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='death year')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('country', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.country', verbose_name='country')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalperson',
                        'verbose_name': 'historical person',
                        'verbose_name_plural': 'historical people',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalPlace',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('latitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='latitude')),
                        ('longitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='longitude')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('country', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.country', verbose_name='country')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalplace',
                        'verbose_name': 'historical place',
                        'verbose_name_plural': 'historical places',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalSubject',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'collections_app_historicalsubject',
                        'verbose_name': 'historical subject',
                        'verbose_name_plural': 'historical subjects',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Material',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('aat_uri', models.URLField(blank=True, help_text='e.g. http://vocab.getty.edu/aat/300011029 (silver)', verbose_name='Getty AAT URI')),
                    ],
                    options={
                        'db_table': 'collections_app_material',
                        'verbose_name': 'material',
                        'verbose_name_plural': 'materials',
                        'ordering': ['name_en'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('name_en'), name='material_name_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='Person',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('title', models.CharField(blank=True, help_text='e.g. First Foreign Minister of Kazakhstan', max_length=255, verbose_name='title or position')),
                        ('birth_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='birth year')),
                        ('death_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='death year')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('country', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='people', to='authorities.country', verbose_name='country')),
                    ],
                    options={
                        'db_table': 'collections_app_person',
                        'verbose_name': 'person',
                        'verbose_name_plural': 'people',
                        'ordering': ['name_en'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalPersonNameVariant',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('script', models.CharField(choices=[('latn', 'Latin'), ('cyrl', 'Cyrillic'), ('arab', 'Arabic'), ('hani', 'Chinese'), ('other', 'Other')], default='latn', max_length=5, verbose_name='script')),
                        ('note', models.CharField(blank=True, help_text='e.g. passport spelling, press', max_length=255, verbose_name='note')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('person', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.person', verbose_name='person')),
                    ],
                    options={
                        'db_table': 'collections_app_historicalpersonnamevariant',
                        'verbose_name': 'historical name variant',
                        'verbose_name_plural': 'historical name variants',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='PersonNameVariant',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('script', models.CharField(choices=[('latn', 'Latin'), ('cyrl', 'Cyrillic'), ('arab', 'Arabic'), ('hani', 'Chinese'), ('other', 'Other')], default='latn', max_length=5, verbose_name='script')),
                        ('note', models.CharField(blank=True, help_text='e.g. passport spelling, press', max_length=255, verbose_name='note')),
                        ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='variants', to='authorities.person', verbose_name='person')),
                    ],
                    options={
                        'db_table': 'collections_app_personnamevariant',
                        'verbose_name': 'name variant',
                        'verbose_name_plural': 'name variants',
                        'ordering': ['person', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='Place',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('latitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='latitude')),
                        ('longitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='longitude')),
                        ('country', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='places', to='authorities.country', verbose_name='country')),
                    ],
                    options={
                        'db_table': 'collections_app_place',
                        'verbose_name': 'place',
                        'verbose_name_plural': 'places',
                        'ordering': ['name_en'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalPlaceName',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('language', models.CharField(blank=True, help_text='ISO 639-1 code, e.g. kk, ru, en', max_length=8, verbose_name='language')),
                        ('used_from', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='used from (year)')),
                        ('used_until', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='used until (year)')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('place', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place')),
                    ],
                    options={
                        'db_table': 'collections_app_historicalplacename',
                        'verbose_name': 'historical place name',
                        'verbose_name_plural': 'historical place names',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='PlaceName',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('language', models.CharField(blank=True, help_text='ISO 639-1 code, e.g. kk, ru, en', max_length=8, verbose_name='language')),
                        ('used_from', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='used from (year)')),
                        ('used_until', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='used until (year)')),
                        ('place', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='historical_names', to='authorities.place', verbose_name='place')),
                    ],
                    options={
                        'db_table': 'collections_app_placename',
                        'verbose_name': 'place name',
                        'verbose_name_plural': 'place names',
                        'ordering': ['place', 'used_from', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='Subject',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                    ],
                    options={
                        'db_table': 'collections_app_subject',
                        'verbose_name': 'subject',
                        'verbose_name_plural': 'subjects',
                        'ordering': ['name_en'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('name_en'), name='subject_name_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='Organization',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', core.models.VersionField(default=1, verbose_name='version')),
                        ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ('name_ru', models.CharField(blank=True, max_length=255, verbose_name='name (Russian)')),
                        ('name_kk', models.CharField(blank=True, max_length=255, verbose_name='name (Kazakh)')),
                        ('kind', models.CharField(choices=[('international', 'International organization'), ('government', 'Government body or ministry'), ('mission', 'Diplomatic mission'), ('archive', 'Archive'), ('library', 'Library'), ('museum', 'Museum'), ('university', 'University or research institute'), ('other', 'Other')], default='other', max_length=16, verbose_name='kind')),
                        ('abbreviation', models.CharField(blank=True, max_length=32, verbose_name='abbreviation')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('country', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='organizations', to='authorities.country', verbose_name='country')),
                    ],
                    options={
                        'db_table': 'collections_app_organization',
                        'verbose_name': 'organization',
                        'verbose_name_plural': 'organizations',
                        'ordering': ['name_en'],
                        'abstract': False,
                        'constraints': [models.CheckConstraint(condition=models.Q(('kind__in', ['international', 'government', 'mission', 'archive', 'library', 'museum', 'university', 'other'])), name='organization_kind_valid')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='person',
                    constraint=models.CheckConstraint(condition=models.Q(('birth_year__isnull', True), ('death_year__isnull', True), ('birth_year__lte', models.F('death_year')), _connector='OR'), name='person_born_before_death'),
                ),
                migrations.AddConstraint(
                    model_name='personnamevariant',
                    constraint=models.UniqueConstraint(models.F('person'), django.db.models.functions.text.Lower('name'), name='person_variant_unique'),
                ),
                migrations.AddConstraint(
                    model_name='personnamevariant',
                    constraint=models.CheckConstraint(condition=models.Q(('script__in', ['latn', 'cyrl', 'arab', 'hani', 'other'])), name='person_variant_script_valid'),
                ),
                migrations.AddConstraint(
                    model_name='place',
                    constraint=models.CheckConstraint(condition=models.Q(('latitude__isnull', True), models.Q(('latitude__gte', -90), ('latitude__lte', 90)), _connector='OR'), name='place_latitude_range'),
                ),
                migrations.AddConstraint(
                    model_name='place',
                    constraint=models.CheckConstraint(condition=models.Q(('longitude__isnull', True), models.Q(('longitude__gte', -180), ('longitude__lte', 180)), _connector='OR'), name='place_longitude_range'),
                ),
                migrations.AddConstraint(
                    model_name='placename',
                    constraint=models.UniqueConstraint(models.F('place'), django.db.models.functions.text.Lower('name'), models.F('used_from'), name='place_name_unique'),
                ),
                migrations.AddConstraint(
                    model_name='placename',
                    constraint=models.CheckConstraint(condition=models.Q(('used_from__isnull', True), ('used_until__isnull', True), ('used_from__lte', models.F('used_until')), _connector='OR'), name='place_name_period_ordered'),
                ),
            ],
        ),
        migrations.AlterModelTable(name='Country', table=None),
        migrations.AlterModelTable(name='HistoricalCountry', table=None),
        migrations.AlterModelTable(name='HistoricalMaterial', table=None),
        migrations.AlterModelTable(name='HistoricalOrganization', table=None),
        migrations.AlterModelTable(name='HistoricalPerson', table=None),
        migrations.AlterModelTable(name='HistoricalPlace', table=None),
        migrations.AlterModelTable(name='HistoricalSubject', table=None),
        migrations.AlterModelTable(name='Material', table=None),
        migrations.AlterModelTable(name='Person', table=None),
        migrations.AlterModelTable(name='HistoricalPersonNameVariant', table=None),
        migrations.AlterModelTable(name='PersonNameVariant', table=None),
        migrations.AlterModelTable(name='Place', table=None),
        migrations.AlterModelTable(name='HistoricalPlaceName', table=None),
        migrations.AlterModelTable(name='PlaceName', table=None),
        migrations.AlterModelTable(name='Subject', table=None),
        migrations.AlterModelTable(name='Organization', table=None),
        migrations.RunPython(
            _move_content_types('collections_app', 'authorities'),
            _move_content_types('authorities', 'collections_app'),
        ),
    ]
