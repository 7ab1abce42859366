"""Django's JSON serialization, with times to the microsecond: the stock encoder cuts
them to milliseconds, so a record exported and imported again would no longer carry the
times it was saved at (``updated_at``, history dates). Django's JSON deserializer reads
either form: only exports need this format (``export_data``)."""

import datetime

from django.core.serializers import json
from django.core.serializers.json import DjangoJSONEncoder


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(json.Serializer):
    def _init_options(self):
        super()._init_options()
        if self.json_kwargs["cls"] is DjangoJSONEncoder:
            self.json_kwargs["cls"] = ExactEncoder


Deserializer = json.Deserializer
