"""Pagination that stays fast deep into a large result set.

The count is exact up to ``COUNT_CAP`` (search.query) and reads "more than 250" beyond it
(with the database's estimate, "about 45,000", where it has one): it is taken over a
sliced primary-key subquery (``SELECT COUNT(*) FROM (SELECT id ... LIMIT 251)``), so it never
scans the whole result. Past the cap the page reads one row more than it
shows to know whether there is a next page. A page number that is not a number, or
beyond the last page, gives a message instead of an error.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

from search.backends import Summary
from search.query import COUNT_CAP, RecordSearch

PER_PAGE = 20
# Page numbers beyond this are refused before they reach the database as an OFFSET.
MAX_PAGE = 100_000


@dataclass
class ResultPage:
    number: int
    per_page: int
    object_list: list
    count: int | None  # exact, or None when there are more than ``cap``
    cap: int
    has_next: bool
    notice: str = ""
    last_page: int | None = field(default=None)
    estimate: int | None = None  # beyond the cap, the database's estimate when it has one

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    @property
    def count_is_exact(self) -> bool:
        return self.count is not None

    @property
    def estimate_shown(self) -> int | None:
        """The estimate to two significant figures (it is no more precise); none when it
        is not above the cap it is shown beside."""
        if self.estimate is None:
            return None
        shown = int(float(f"{self.estimate:.2g}"))
        return shown if shown > self.cap else None

    @property
    def num_pages(self) -> int | None:
        if self.count is None:
            return None
        return max(1, -(-self.count // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def start_index(self) -> int:
        """1-based position of the first row shown (0 on an empty page)."""
        return (self.number - 1) * self.per_page + 1 if self.object_list else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.object_list) - 1 if self.object_list else 0

    @property
    def page_range(self) -> list[int | None]:
        """Page numbers to link, with None where numbers are left out (shown as "…")."""
        last = self.num_pages or self.number + (1 if self.has_next else 0)
        wanted = {1, last, *range(self.number - 2, self.number + 3)}
        numbers = sorted(n for n in wanted if 1 <= n <= last)
        shown: list[int | None] = []
        for n in numbers:
            if shown and n - shown[-1] > 1:
                shown.append(None)
            shown.append(n)
        return shown


@dataclass
class PageLinks:
    """The query strings of a page's links to other pages: for each, what
    ``{% querystring page=n %}`` gives (the request's parameters, the page replaced)."""

    previous: str
    next: str
    numbers: list[tuple[int | None, str]]  # page_range, each number with its link
    first: str  # without a page number
    last: str  # to ``last_page``, when a page past the end was asked for


def page_links(query: QueryDict, page: ResultPage) -> PageLinks:
    """A page's pagination links from one copy of the parameters: a ``{% querystring %}``
    per link copied them for each, a tenth of a list page's rendering."""
    params = query.copy()

    def link(number: int | None) -> str:
        if number is None:
            params.pop("page", None)
        else:
            params["page"] = str(number)
        return f"?{params.urlencode()}" if params or query else ""

    return PageLinks(
        previous=link(page.previous_page_number) if page.has_previous else "",
        next=link(page.next_page_number) if page.has_next else "",
        numbers=[(number, "" if number is None else link(number)) for number in page.page_range],
        last=link(page.last_page) if page.last_page else "",
        first=link(None),
    )


def query_without(query: QueryDict, name: str, value="") -> str:
    """The query string without one value of a parameter (or all its values when
    ``value`` is empty), and without the page number: for "remove this filter" links."""
    params = query.copy()
    if value in ("", None):
        params.pop(name, None)
    else:
        params.setlist(name, [v for v in params.getlist(name) if v != str(value)])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def parse_page_number(raw: str | None) -> tuple[int, str]:
    """The page asked for, and a message when the parameter could not be used."""
    if not raw:
        return 1, ""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        return 1, _("“%(page)s” is not a page number, so the first page is shown.") % {"page": raw}
    return number, ""


def paginate(
    queryset: QuerySet, raw_page: str | None, *, per_page: int = PER_PAGE, cap: int | None = None
) -> ResultPage:
    cap = COUNT_CAP if cap is None else cap
    number, notice = parse_page_number(raw_page)
    count = queryset.order_by().values("pk")[: cap + 1].count()
    exact = count if count <= cap else None
    page = ResultPage(number, per_page, [], exact, cap, has_next=False, notice=notice)
    pages = page.num_pages  # None when the count stopped at the cap

    if number > MAX_PAGE or (pages is not None and number > pages):
        page.last_page = pages
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
        return page

    offset = (number - 1) * per_page
    if pages is not None:
        page.object_list = list(queryset[offset : offset + per_page])
        page.has_next = number < pages
    else:
        rows = list(queryset[offset : offset + per_page + 1])
        page.object_list, page.has_next = rows[:per_page], len(rows) > per_page
        if not rows:
            page.notice = _("There is no page %(page)s of these results.") % {"page": number}
    return page


def paginate_summary(
    summarise: Callable[[int, int], Summary],
    raw_page: str | None,
    queryset: QuerySet,
    *,
    per_page: int = PER_PAGE,
    load: Callable[[list[int], QuerySet], list] | None = None,
) -> ResultPage:
    """A page of a search shown by relevance. ``summarise(offset, limit)`` answers with
    the exact number of matches and the primary keys of the window asked for, in rank
    order (search.backends.summarise); only the page's rows are then read, or what
    ``load(keys, queryset)`` makes of them (catalogue.cards.cached_cards)."""
    number, notice = parse_page_number(raw_page)
    if number > MAX_PAGE:
        page = ResultPage(number, per_page, [], None, COUNT_CAP, has_next=False)
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
        return page
    summary = summarise((number - 1) * per_page, per_page)
    page = ResultPage(number, per_page, [], summary.count, COUNT_CAP, has_next=False, notice=notice)
    pages = page.num_pages
    if pages is not None and number > pages:
        page.last_page = pages
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
        return page
    page.object_list = (load or rows_in_order)(summary.keys, queryset)
    page.has_next = pages is not None and number < pages
    return page


def paginate_search(
    search: RecordSearch,
    raw_page: str | None,
    *,
    per_page: int = PER_PAGE,
    load: Callable[[list[int], QuerySet], list] | None = None,
) -> ResultPage:
    """A page of a search (search.query.RecordSearch): its count (exact up to the cap,
    else estimated), then the keys of the page's window alone, then only those rows, or
    what ``load(keys, queryset)`` makes of them (catalogue.cards.cached_cards)."""
    number, notice = parse_page_number(raw_page)
    if number > MAX_PAGE:
        page = ResultPage(number, per_page, [], None, COUNT_CAP, has_next=False)
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
        return page
    offset = (number - 1) * per_page
    known = search.known_count(cap=COUNT_CAP)
    keys: list[int]
    if known is not None and known.exact is not None and offset >= max(known.exact, 1):
        keys, counted = [], known  # past the last page of a known count: nothing to read
    else:
        # One key more than the page shows tells whether a next page exists.
        keys, counted = search.window(offset, per_page + 1, cap=COUNT_CAP)
    page = ResultPage(
        number,
        per_page,
        [],
        counted.exact,
        COUNT_CAP,
        has_next=len(keys) > per_page,
        notice=notice,
        estimate=counted.estimate,
    )
    keys = keys[:per_page]
    pages = page.num_pages  # None when the count stopped at the cap
    if pages is not None and number > pages:
        page.last_page = pages
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
        return page
    if not keys and number > 1:
        page.notice = _("There is no page %(page)s of these results.") % {"page": number}
    page.object_list = (load or rows_in_order)(keys, search.queryset)
    return page


def rows_in_order(keys: list[int], queryset: QuerySet) -> list:
    """The rows of these primary keys in this order (one query); a key the queryset
    does not admit is left out."""
    rows = queryset.order_by().in_bulk(keys)
    return [rows[key] for key in keys if key in rows]


def paginate_keys(
    keys: list[int], raw_page: str | None, queryset: QuerySet, *, per_page: int = PER_PAGE
) -> ResultPage:
    """A page of an ordered list of primary keys already in hand (an exhibition's objects in
    display order): the count is exact and free, and only the page's rows are read."""
    return paginate_summary(
        lambda offset, limit: Summary(len(keys), keys[offset : offset + limit]),
        raw_page,
        queryset,
        per_page=per_page,
    )
