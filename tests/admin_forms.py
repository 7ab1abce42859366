"""Build the POST data the Django admin expects, as a browser would send it."""


def _put(data: dict, name: str, value) -> None:
    if value is None or value is False or value == "":
        return
    if value is True:
        data[name] = "on"
    elif isinstance(value, list | tuple):
        data[name] = [str(v) for v in value]
    else:
        data[name] = str(value)


def form_data(response) -> dict:
    """The admin change form on ``response`` as it would be posted back unchanged:
    the main form and every inline formset, management forms included."""
    data: dict = {}
    form = response.context["adminform"].form
    for name in form.fields:
        _put(data, form.add_prefix(name), form[name].value())
    inline_admin_formsets = (
        response.context["inline_admin_formsets"]
        if "inline_admin_formsets" in response.context
        else []
    )
    for inline_admin_formset in inline_admin_formsets:
        formset = inline_admin_formset.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value())
        for inline_form in formset.forms:
            for name in inline_form.fields:
                _put(data, inline_form.add_prefix(name), inline_form[name].value())
    return data


def management(prefix: str, total: int, initial: int = 0) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def inline(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = management(prefix, len(rows), initial)
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def item_inlines(people: list[dict] | None = None, images: list[dict] | None = None) -> dict:
    """Inline data for a new record: people on the record and images."""
    return {**inline("person_links", people or []), **inline("images", images or [])}


ITEM_DEFAULTS = {
    "status": "draft",
    "rights_statement": "http://rightsstatements.org/vocab/UND/1.0/",
}


def listed_rows(response) -> dict:
    """The hidden inputs a changelist page carries for its actions: the version of each
    listed row and when the list was shown (core.admin_locking)."""
    import re

    data: dict = {"_listed": []}
    for name, value in re.findall(
        r'name="(_listed|_listed_at)" value="([^"]*)"', response.content.decode()
    ):
        if name == "_listed":
            data["_listed"].append(value)
        else:
            data["_listed_at"] = value
    return data
