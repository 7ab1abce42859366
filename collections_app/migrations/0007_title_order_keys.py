"""Each record's stored title sort keys, one per language's fallback order
(collections_app/models/ordering.py): search migration 0015 indexes them. Each stored
column rewrites the table: on PostgreSQL about 2 s per 100,000 records each."""

import django.db.models.functions.comparison
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('collections_app', '0006_authorities_moved'),
    ]

    operations = [
        migrations.AddField(
            model_name='collectionitem',
            name='title_order_en',
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf('title_en', models.Value('')), django.db.models.functions.comparison.NullIf('title_ru', models.Value('')), django.db.models.functions.comparison.NullIf('title_kk', models.Value('')), output_field=models.CharField())), output_field=models.TextField(), verbose_name='title order (en)'),
        ),
        migrations.AddField(
            model_name='collectionitem',
            name='title_order_kk',
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf('title_kk', models.Value('')), django.db.models.functions.comparison.NullIf('title_ru', models.Value('')), django.db.models.functions.comparison.NullIf('title_en', models.Value('')), output_field=models.CharField())), output_field=models.TextField(), verbose_name='title order (kk)'),
        ),
        migrations.AddField(
            model_name='collectionitem',
            name='title_order_ru',
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf('title_ru', models.Value('')), django.db.models.functions.comparison.NullIf('title_en', models.Value('')), django.db.models.functions.comparison.NullIf('title_kk', models.Value('')), output_field=models.CharField())), output_field=models.TextField(), verbose_name='title order (ru)'),
        ),
    ]
