"""A synthetic collection of any size, with realistic multilingual names, for benchmarks.

Authorities and records are written with bulk inserts; the search documents are then
built by the project's own indexing service (search.services.rebuild_index), so the
benchmark measures the real index."""

import datetime
import random
from collections.abc import Iterator

from django.db import connection, transaction

from authorities.models import (
    Country,
    Material,
    Organization,
    Person,
    PersonNameVariant,
    Place,
    PlaceName,
    Subject,
)
from collections_app.models import (
    ArchivalDocument,
    CollectionItem,
    DiplomaticGift,
    GiftMaterial,
    ItemCountry,
    ItemEvent,
    ItemImage,
    ItemOrganization,
    ItemPerson,
    ItemSubject,
    Photograph,
)
from events.models import Event
from exhibitions.models import Exhibition, ExhibitionItem, Section

# (Latin, Russian Cyrillic, Kazakh Cyrillic)
GIVEN = [
    ("Nursultan", "Нурсултан", "Нұрсұлтан"), ("Kassym-Jomart", "Касым-Жомарт", "Қасым-Жомарт"),
    ("Tuleutai", "Тулеутай", "Төлеутай"), ("Yerzhan", "Ержан", "Ержан"),
    ("Dinara", "Динара", "Динара"), ("Roman", "Роман", "Роман"), ("Aigerim", "Айгерим", "Әйгерім"),
    ("Berik", "Берик", "Берік"), ("Ruslan", "Руслан", "Руслан"), ("Erkin", "Эркин", "Еркін"),
    ("Saule", "Сауле", "Сәуле"), ("Askar", "Аскар", "Асқар"), ("Gulnara", "Гульнара", "Гүлнара"),
    ("Marat", "Марат", "Марат"), ("Zhanar", "Жанар", "Жанар"), ("Daniyar", "Данияр", "Данияр"),
    ("Anna", "Анна", "Анна"), ("John", "Джон", "Джон"), ("Li", "Ли", "Ли"), ("Hans", "Ханс", "Ханс"),
]  # fmt: skip
FAMILY = [
    ("Nazarbayev", "Назарбаев", "Назарбаев", "Nazarbaev"),
    ("Tokayev", "Токаев", "Тоқаев", "Tokaev"),
    ("Suleimenov", "Сулейменов", "Сүлейменов", "Suleymenov"),
    ("Idrissov", "Идрисов", "Ыдырысов", "Idrisov"),
    ("Abdrakhmanov", "Абдрахманов", "Әбдірахманов", "Abdrahmanov"),
    ("Tileuberdi", "Тлеуберди", "Тілеуберді", "Tleuberdi"),
    ("Vassilenko", "Василенко", "Василенко", "Vasilenko"),
    ("Omarov", "Омаров", "Омаров", "Omarov"),
    ("Zhaisenbayeva", "Жайсенбаева", "Жайсенбаева", "Zhaisenbaeva"),
    ("Karabulov", "Карабулов", "Қарабұлов", "Karabulov"),
    ("Ashikbayev", "Ашикбаев", "Әшікбаев", "Ashikbaev"),
    ("Tukumov", "Тукумов", "Тұқымов", "Tukumov"),
    ("Kuanyshev", "Куанышев", "Қуанышев", "Kuanishev"),
    ("Sarsenbayev", "Сарсенбаев", "Сәрсенбаев", "Sarsenbaev"),
    ("Smith", "Смит", "Смит", "Smyth"), ("Müller", "Мюллер", "Мюллер", "Mueller"),
    ("Wang", "Ван", "Ван", "Wong"), ("Ivanov", "Иванов", "Иванов", "Ivanoff"),
]  # fmt: skip
COUNTRIES = [
    ("KZ", "Kazakhstan", "Казахстан", "Қазақстан"), ("US", "United States", "США", "АҚШ"),
    ("CN", "China", "Китай", "Қытай"), ("RU", "Russia", "Россия", "Ресей"),
    ("TR", "Turkey", "Турция", "Түркия"), ("DE", "Germany", "Германия", "Германия"),
    ("FR", "France", "Франция", "Франция"), ("JP", "Japan", "Япония", "Жапония"),
    ("KR", "Republic of Korea", "Корея", "Корея"), ("IN", "India", "Индия", "Үндістан"),
    ("UZ", "Uzbekistan", "Узбекистан", "Өзбекстан"), ("KG", "Kyrgyzstan", "Киргизия", "Қырғызстан"),
    ("TJ", "Tajikistan", "Таджикистан", "Тәжікстан"), ("TM", "Turkmenistan", "Туркмения", "Түрікменстан"),
    ("MN", "Mongolia", "Монголия", "Моңғолия"), ("AZ", "Azerbaijan", "Азербайджан", "Әзербайжан"),
    ("GB", "United Kingdom", "Великобритания", "Ұлыбритания"), ("IT", "Italy", "Италия", "Италия"),
    ("AE", "United Arab Emirates", "ОАЭ", "БАӘ"), ("SA", "Saudi Arabia", "Саудовская Аравия", "Сауд Арабиясы"),
]  # fmt: skip
PLACES = [
    ("Astana", "Астана", "Астана", [("Akmola", 1992, 1998), ("Nur-Sultan", 2019, 2022), ("Tselinograd", 1961, 1992)]),
    ("Almaty", "Алматы", "Алматы", [("Alma-Ata", 1921, 1993), ("Verny", 1855, 1921)]),
    ("Semey", "Семей", "Семей", [("Semipalatinsk", 1782, 2007)]),
    ("New York", "Нью-Йорк", "Нью-Йорк", []), ("Geneva", "Женева", "Женева", []),
    ("Vienna", "Вена", "Вена", []), ("Beijing", "Пекин", "Бейжің", [("Peking", None, 1949)]),
    ("Moscow", "Москва", "Мәскеу", []), ("Istanbul", "Стамбул", "Ыстамбұл", [("Constantinople", None, 1930)]),
    ("Tashkent", "Ташкент", "Ташкент", []),
]  # fmt: skip
MATERIALS = [
    ("silver", "серебро", "күміс"), ("gold", "золото", "алтын"), ("wood", "дерево", "ағаш"),
    ("porcelain", "фарфор", "фарфор"), ("bronze", "бронза", "қола"), ("silk", "шёлк", "жібек"),
    ("leather", "кожа", "былғары"), ("glass", "стекло", "шыны"), ("wool", "шерсть", "жүн"),
    ("paper", "бумага", "қағаз"), ("marble", "мрамор", "мәрмәр"), ("ceramic", "керамика", "керамика"),
]  # fmt: skip
OBJECTS = [
    ("vase", "ваза", "ваза"), ("dish", "блюдо", "тағам табағы"), ("book", "книга", "кітап"),
    ("carpet", "ковёр", "кілем"), ("medal", "медаль", "медаль"), ("sword", "сабля", "қылыш"),
    ("tea set", "чайный сервиз", "шай сервизі"), ("painting", "картина", "сурет"),
    ("clock", "часы", "сағат"), ("casket", "шкатулка", "қобдиша"), ("figurine", "статуэтка", "мүсінше"),
]  # fmt: skip
DOC_KINDS = [
    ("Note verbale", "Нота", "Нота", "note_verbale"), ("Letter", "Письмо", "Хат", "letter"),
    ("Agreement", "Соглашение", "Келісім", "treaty"), ("Memorandum", "Меморандум", "Меморандум", "memorandum"),
    ("Speech", "Речь", "Сөз", "speech"), ("Decree", "Указ", "Жарлық", "decree"),
]  # fmt: skip
EVENT_KINDS = [
    ("State visit to", "Государственный визит в", "Мемлекеттік сапар:", "state_visit"),
    ("Summit in", "Саммит в", "Саммит:", "summit"),
    ("Conference in", "Конференция в", "Конференция:", "conference"),
    ("Roundtable in", "Круглый стол в", "Дөңгелек үстел:", "roundtable"),
]  # fmt: skip


def _batched(rows: list, size: int = 2000) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert_children(model, objects: list) -> None:
    """MTI child rows for parents that already exist (bulk_create refuses MTI children)."""
    fields = model._meta.local_concrete_fields
    for batch in _batched(objects):
        model.objects._insert(batch, fields=fields)


@transaction.atomic
def generate(records: int, *, seed: int = 1992, stdout=None) -> dict[str, int]:
    rng = random.Random(seed)
    say = stdout.write if stdout else (lambda _msg: None)

    countries = Country.objects.bulk_create(
        Country(iso_code=iso, name_en=en, name_ru=ru, name_kk=kk) for iso, en, ru, kk in COUNTRIES
    )
    places = []
    for en, ru, kk, former in PLACES:
        place = Place.objects.create(
            name_en=en, name_ru=ru, name_kk=kk, country=rng.choice(countries)
        )
        PlaceName.objects.bulk_create(
            PlaceName(place=place, name=name, used_from=start, used_until=end)
            for name, start, end in former
        )
        places.append(place)
    materials = Material.objects.bulk_create(
        Material(name_en=en, name_ru=ru, name_kk=kk) for en, ru, kk in MATERIALS
    )
    subjects = Subject.objects.bulk_create(
        Subject(name_en=f"Subject {i}", name_ru=f"Тема {i}", name_kk=f"Тақырып {i}")
        for i in range(40)
    )
    organizations = Organization.objects.bulk_create(
        Organization(
            name_en=f"Ministry of Foreign Affairs of {en}",
            name_ru=f"Министерство иностранных дел ({ru})",
            name_kk=f"Сыртқы істер министрлігі ({kk})",
            kind="government",
        )
        for _iso, en, ru, kk in COUNTRIES
    )

    people_count = max(50, records // 20)
    people = Person.objects.bulk_create(
        Person(
            name_en=f"{given[0]} {family[0]}",
            name_ru=f"{given[1]} {family[1]}",
            name_kk=f"{given[2]} {family[2]}",
            country=rng.choice(countries),
        )
        for given, family in ((rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(people_count))
    )
    variants = []
    for person in people:
        family = next(f for f in FAMILY if person.name_en.endswith(f[0]))
        variants.append(
            PersonNameVariant(person=person, name=f"{person.name_en.split()[0]} {family[3]}")
        )
    PersonNameVariant.objects.bulk_create(variants, ignore_conflicts=True)
    say(f"authorities: {len(people)} people, {len(places)} places")

    events = []
    for i in range(max(20, records // 50)):
        kind = rng.choice(EVENT_KINDS)
        place = rng.choice(places)
        start = datetime.date(1992, 1, 1) + datetime.timedelta(days=rng.randrange(11_000))
        events.append(
            Event(
                title_en=f"{kind[0]} {place.name_en} {start.year}",
                title_ru=f"{kind[1]} {place.name_ru} {start.year}",
                title_kk=f"{kind[2]} {place.name_kk} {start.year}",
                slug=f"event-{i}",
                event_type=kind[3],
                start_date=start,
                place=place,
                status="published",
            )
        )
    events = Event.objects.bulk_create(events)

    types = ["document", "photograph", "gift"]
    prefixes = {"document": "DOC", "photograph": "PHO", "gift": "GIF"}
    items = []
    for i in range(records):
        item_type = types[i % 3]
        start = datetime.date(1991, 12, 16) + datetime.timedelta(days=rng.randrange(12_000))
        uncertain = rng.random() < 0.2
        person = rng.choice(people)
        country = rng.choice(countries)
        if item_type == "gift":
            obj, material = rng.choice(OBJECTS), rng.choice(MATERIALS)
            title = (
                f"{material[0].capitalize()} {obj[0]} from {country.name_en}",
                f"{obj[1].capitalize()} ({material[1]}), дар от {country.name_ru}",
                f"{country.name_kk} сыйлаған {material[2]} {obj[2]}",
            )
        elif item_type == "document":
            kind = rng.choice(DOC_KINDS)
            title = (
                f"{kind[0]} from {person.name_en}",
                f"{kind[1]} от {person.name_ru}",
                f"{person.name_kk}: {kind[2].lower()}",
            )
        else:
            title = (
                f"{person.name_en} in {rng.choice(places).name_en}",
                f"{person.name_ru} в городе {rng.choice(places).name_ru}",
                f"{person.name_kk} суреті",
            )
        items.append(
            CollectionItem(
                item_type=item_type,
                accession_number=f"{prefixes[item_type]}-{start.year}-{i:06d}",
                title_en=title[0],
                title_ru=title[1],
                title_kk=title[2],
                description_en=f"Record {i}: {title[0]}, {start:%B %Y}.",
                date_display=f"c. {start.year}" if uncertain else f"{start:%d %B %Y}",
                date_earliest=start.replace(month=1, day=1) if uncertain else start,
                date_latest=start.replace(month=12, day=31) if uncertain else start,
                place=rng.choice(places),
                status="published" if rng.random() < 0.9 else rng.choice(["draft", "withdrawn"]),
                internal_notes="staff only",
            )
        )
    for batch in _batched(items):
        CollectionItem.objects.bulk_create(batch)
    say(f"records: {len(items)}")

    docs, photos, gifts, links, country_links, event_links, material_links, images = (
        [], [], [], [], [], [], [], []
    )  # fmt: skip
    subject_links, organization_links = [], []
    for item in items:
        person = rng.choice(people)
        common = {"collectionitem_ptr_id": item.pk}
        if item.item_type == "document":
            docs.append(
                ArchivalDocument(
                    **common, document_type=rng.choice(DOC_KINDS)[3], languages="kk, ru"
                )
            )
            links.append(ItemPerson(item_id=item.pk, person=person, role="signatory"))
        elif item.item_type == "photograph":
            photos.append(Photograph(**common, photographer=rng.choice(people)))
            links.append(ItemPerson(item_id=item.pk, person=person, role="depicted"))
        else:
            gifts.append(
                DiplomaticGift(
                    **common,
                    category=rng.choice(["tableware", "decorative", "book", "souvenir"]),
                    giver=person,
                    recipient=rng.choice(people),
                    giving_country=rng.choice(countries),
                    occasion=rng.choice(events),
                    estimated_value=rng.randrange(100, 10_000),
                    value_currency="USD",
                )
            )
            for material in rng.sample(materials, rng.randint(1, 2)):
                material_links.append(GiftMaterial(item_id=item.pk, material_id=material.pk))
        for country in rng.sample(countries, rng.randint(1, 2)):
            country_links.append(ItemCountry(item_id=item.pk, country_id=country.pk))
        event_links.append(ItemEvent(item_id=item.pk, event_id=rng.choice(events).pk))
        subject_links.append(ItemSubject(item_id=item.pk, subject_id=rng.choice(subjects).pk))
        if rng.random() < 0.3:
            organization_links.append(
                ItemOrganization(item_id=item.pk, organization_id=rng.choice(organizations).pk)
            )
        if rng.random() < 0.8:
            images.append(
                ItemImage(
                    item_id=item.pk,
                    image=f"synthetic/{item.pk}.jpg",
                    thumbnail=f"synthetic/{item.pk}-thumb.jpg",
                    width=1200,
                    height=900,
                    is_primary=True,
                    alt_text_en=item.title_en,
                )
            )
    _insert_children(ArchivalDocument, docs)
    _insert_children(Photograph, photos)
    _insert_children(DiplomaticGift, gifts)
    for model, rows in [
        (ItemPerson, links),
        (ItemCountry, country_links),
        (ItemEvent, event_links),
        (GiftMaterial, material_links),
        (ItemSubject, subject_links),
        (ItemOrganization, organization_links),
        (ItemImage, images),
    ]:
        for batch in _batched(rows, 5000):
            model.objects.bulk_create(batch)
    say("links and images written")
    counts = {"records": len(items), "people": len(people), "events": len(events)}
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return counts


THEMES = [
    ("Gifts of state", "Государственные дары", "Мемлекеттік сыйлықтар"),
    ("Treaties and notes", "Договоры и ноты", "Шарттар мен ноталар"),
    ("Embassies abroad", "Посольства за рубежом", "Шетелдегі елшіліктер"),
    ("The Silk Road today", "Шёлковый путь сегодня", "Бүгінгі Жібек жолы"),
    ("Summits and visits", "Саммиты и визиты", "Саммиттер мен сапарлар"),
    ("Porcelain diplomacy", "Фарфоровая дипломатия", "Фарфор дипломатиясы"),
]  # fmt: skip


@transaction.atomic
def generate_exhibitions(count: int, *, seed: int = 1992, stdout=None) -> int:
    """Exhibitions of 20 to 250 published objects each, in up to four sections, past,
    current and upcoming; nine in ten published. Written with bulk inserts (the public
    pages read them; no bookings are checked). Returns how many objects were placed."""
    rng = random.Random(seed)
    public = list(CollectionItem.objects.public().order_by("pk").values_list("pk", flat=True))
    today = datetime.date.today()
    exhibitions = Exhibition.objects.bulk_create(
        Exhibition(
            title_en=f"{THEMES[i % len(THEMES)][0]} {i + 1}",
            title_ru=f"{THEMES[i % len(THEMES)][1]} {i + 1}",
            title_kk=f"{THEMES[i % len(THEMES)][2]} {i + 1}",
            summary_en="Objects and documents from the collection.",
            slug=f"exhibition-{i + 1}",
            status="published" if rng.random() < 0.9 else "draft",
            start_date=today + datetime.timedelta(days=rng.randint(-2000, 200)),
            end_date=None,
        )
        for i in range(count)
    )
    placed = 0
    for exhibition in exhibitions:
        exhibition.end_date = exhibition.start_date + datetime.timedelta(days=rng.randint(30, 900))
        sections = Section.objects.bulk_create(
            Section(exhibition=exhibition, position=n, title_en=f"Part {n + 1}")
            for n in range(rng.randint(0, 4))
        )
        items = rng.sample(public, rng.randint(20, 250))
        ExhibitionItem.objects.bulk_create(
            ExhibitionItem(
                exhibition=exhibition,
                item_id=item,
                section=rng.choice(sections) if sections else None,
                position=position,
            )
            for position, item in enumerate(items)
        )
        placed += len(items)
    Exhibition.objects.bulk_update(exhibitions, ["end_date"])
    if stdout:
        stdout.write(f"{count} exhibitions with {placed} objects")
    return placed
