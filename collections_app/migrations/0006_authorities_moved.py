"""The authorities moved to their own app (authorities 0001, which keeps their tables and
rows): the records' keys now point to authorities.*, and the old models leave this app's
state. The state changes only: the database keys already point to the same tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('authorities', '0001_initial'),
        ('collections_app', '0005_declared_link_tables'),
        ('events', '0003_authorities_moved'),
        ('exhibitions', '0005_authorities_moved'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='person',
                    name='country',
                ),
                migrations.AlterField(
                    model_name='itemcountry',
                    name='country',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='authorities.country', verbose_name='country'),
                ),
                migrations.AlterField(
                    model_name='historicaldiplomaticgift',
                    name='giving_country',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.country', verbose_name='giving state'),
                ),
                migrations.RemoveField(
                    model_name='place',
                    name='country',
                ),
                migrations.RemoveField(
                    model_name='historicalperson',
                    name='country',
                ),
                migrations.RemoveField(
                    model_name='historicalorganization',
                    name='country',
                ),
                migrations.AlterField(
                    model_name='diplomaticgift',
                    name='giving_country',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='gifts_given', to='authorities.country', verbose_name='giving state'),
                ),
                migrations.RemoveField(
                    model_name='historicalplace',
                    name='country',
                ),
                migrations.RemoveField(
                    model_name='organization',
                    name='country',
                ),
                migrations.RemoveField(
                    model_name='historicalcountry',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalmaterial',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalorganization',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalperson',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalpersonnamevariant',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalpersonnamevariant',
                    name='person',
                ),
                migrations.RemoveField(
                    model_name='historicalplace',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalplacename',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalplacename',
                    name='place',
                ),
                migrations.RemoveField(
                    model_name='historicalsubject',
                    name='history_user',
                ),
                migrations.AlterField(
                    model_name='giftmaterial',
                    name='material',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='authorities.material', verbose_name='material'),
                ),
                migrations.AlterField(
                    model_name='diplomaticgift',
                    name='giving_organization',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='gifts_given', to='authorities.organization', verbose_name='giving organization or delegation'),
                ),
                migrations.AlterField(
                    model_name='archivaldocument',
                    name='holding_archive',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='held_documents', to='authorities.organization', verbose_name='holding archive'),
                ),
                migrations.AlterField(
                    model_name='itemorganization',
                    name='organization',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='authorities.organization', verbose_name='organization'),
                ),
                migrations.AlterField(
                    model_name='historicaldiplomaticgift',
                    name='giving_organization',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.organization', verbose_name='giving organization or delegation'),
                ),
                migrations.AlterField(
                    model_name='historicalarchivaldocument',
                    name='holding_archive',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.organization', verbose_name='holding archive'),
                ),
                migrations.AlterField(
                    model_name='historicalphotograph',
                    name='photographer',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.person', verbose_name='photographer'),
                ),
                migrations.AlterField(
                    model_name='diplomaticgift',
                    name='recipient',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='gifts_received', to='authorities.person', verbose_name='recipient'),
                ),
                migrations.AlterField(
                    model_name='photograph',
                    name='photographer',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='photographs_taken', to='authorities.person', verbose_name='photographer'),
                ),
                migrations.AlterField(
                    model_name='diplomaticgift',
                    name='giver',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='gifts_given', to='authorities.person', verbose_name='giver'),
                ),
                migrations.AlterField(
                    model_name='itemperson',
                    name='person',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='item_links', to='authorities.person', verbose_name='person'),
                ),
                migrations.AlterField(
                    model_name='historicaldiplomaticgift',
                    name='recipient',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.person', verbose_name='recipient'),
                ),
                migrations.AlterField(
                    model_name='historicalitemperson',
                    name='person',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.person', verbose_name='person'),
                ),
                migrations.AlterField(
                    model_name='historicaldiplomaticgift',
                    name='giver',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.person', verbose_name='giver'),
                ),
                migrations.RemoveField(
                    model_name='personnamevariant',
                    name='person',
                ),
                migrations.AlterField(
                    model_name='historicalphotograph',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
                migrations.RemoveField(
                    model_name='placename',
                    name='place',
                ),
                migrations.AlterField(
                    model_name='historicaldiplomaticgift',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='historicalcollectionitem',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='historicalarchivaldocument',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='collectionitem',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='items', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='itemsubject',
                    name='subject',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='authorities.subject', verbose_name='subject'),
                ),
                migrations.AlterField(
                    model_name='collectionitem',
                    name='countries',
                    field=models.ManyToManyField(blank=True, related_name='items', through='collections_app.ItemCountry', to='authorities.country', verbose_name='countries'),
                ),
                migrations.AlterField(
                    model_name='collectionitem',
                    name='organizations',
                    field=models.ManyToManyField(blank=True, related_name='items', through='collections_app.ItemOrganization', to='authorities.organization', verbose_name='organizations'),
                ),
                migrations.AlterField(
                    model_name='collectionitem',
                    name='people',
                    field=models.ManyToManyField(blank=True, related_name='items', through='collections_app.ItemPerson', to='authorities.person', verbose_name='people'),
                ),
                migrations.AlterField(
                    model_name='collectionitem',
                    name='subjects',
                    field=models.ManyToManyField(blank=True, related_name='items', through='collections_app.ItemSubject', to='authorities.subject', verbose_name='subjects'),
                ),
                migrations.AlterField(
                    model_name='diplomaticgift',
                    name='materials',
                    field=models.ManyToManyField(blank=True, related_name='gifts', through='collections_app.GiftMaterial', to='authorities.material', verbose_name='materials'),
                ),
                migrations.DeleteModel(
                    name='Country',
                ),
                migrations.DeleteModel(
                    name='HistoricalCountry',
                ),
                migrations.DeleteModel(
                    name='HistoricalMaterial',
                ),
                migrations.DeleteModel(
                    name='HistoricalOrganization',
                ),
                migrations.DeleteModel(
                    name='HistoricalPerson',
                ),
                migrations.DeleteModel(
                    name='HistoricalPersonNameVariant',
                ),
                migrations.DeleteModel(
                    name='HistoricalPlace',
                ),
                migrations.DeleteModel(
                    name='HistoricalPlaceName',
                ),
                migrations.DeleteModel(
                    name='HistoricalSubject',
                ),
                migrations.DeleteModel(
                    name='Material',
                ),
                migrations.DeleteModel(
                    name='Organization',
                ),
                migrations.DeleteModel(
                    name='Person',
                ),
                migrations.DeleteModel(
                    name='PersonNameVariant',
                ),
                migrations.DeleteModel(
                    name='PlaceName',
                ),
                migrations.DeleteModel(
                    name='Place',
                ),
                migrations.DeleteModel(
                    name='Subject',
                ),
            ],
        ),
    ]
