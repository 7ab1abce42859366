# ruff: noqa: E501 - prose: each translation stays on one line so the three can be read side by side
"""The demo collection as plain data.

Facts (dates, names, places, who attended what) come from the press reports in the project's
seed documents and from well-established public record: Kazakhstan joined the UN on 2 March
1992 as its 168th member; the Semipalatinsk test site was closed on 29 August 1991; the OSCE
Summit met in Astana on 1-2 December 2010; Kazakhstan sat on the UN Security Council in
2017-2018. The objects themselves are invented: every record is marked as illustrative in its
own text (see ``ILLUSTRATIVE`` and ``CREDIT_LINE``). Where a source gives no exact date, the
record says so ("c. 1992", "early 2017") and events carrying an approximate date stay in draft.

Authorities are referred to by short handles (``"suleimenov"``, ``"mfa"``); the loader finds
or creates them by their natural keys (ISO code, English name, slug).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from authorities.models import OrganizationKind, Script
from collections_app.models.items import (
    DocumentType,
    GiftCategory,
    GiftDisposition,
    Originality,
    PersonRole,
    PhotoColour,
    PhotoFormat,
)
from core.models import PublicationStatus
from events.models import EventType
from exhibitions.models import ExhibitionType


class Text(NamedTuple):
    """One text in the three languages of the public site."""

    en: str
    ru: str
    kk: str


# Every demo record ends its description with this sentence and carries this credit line.
ILLUSTRATIVE = Text(
    "Illustrative record for the demo collection.",
    "Иллюстративная запись демонстрационной коллекции.",
    "Демонстрациялық коллекцияның иллюстрациялық жазбасы.",
)
CREDIT_LINE = "Illustrative demo record"
INTERNAL_NOTE = (
    "Created by `manage.py load_demo`. The object is invented; its dates and historical "
    "context follow published press reports."
)
IMAGE_CREDIT = "Generated placeholder image (demo collection)"

PUBLISHED = PublicationStatus.PUBLISHED
DRAFT = PublicationStatus.DRAFT
IN_REVIEW = PublicationStatus.IN_REVIEW
WITHDRAWN = PublicationStatus.WITHDRAWN


# --- Shapes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryData:
    iso: str
    name: Text
    relations_established: date | None = None


@dataclass(frozen=True)
class VariantData:
    name: str
    script: str = Script.LATIN
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class PersonData:
    key: str
    name: Text
    title: str = ""
    country: str | None = None
    birth_year: int | None = None
    note: str = ""
    variants: tuple[VariantData, ...] = ()


@dataclass(frozen=True)
class PlaceNameData:
    name: str
    language: str
    used_from: int | None = None
    used_until: int | None = None


@dataclass(frozen=True, kw_only=True)
class PlaceData:
    key: str
    name: Text
    country: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    historical_names: tuple[PlaceNameData, ...] = ()


@dataclass(frozen=True, kw_only=True)
class OrganizationData:
    key: str
    name: Text
    kind: str
    abbreviation: str = ""
    country: str | None = None
    website: str = ""


@dataclass(frozen=True, kw_only=True)
class TermData:
    """A material or a subject."""

    key: str
    name: Text
    aat_uri: str = ""


@dataclass(frozen=True, kw_only=True)
class EventData:
    slug: str
    title: Text
    description: Text
    event_type: str
    start: date
    end: date | None = None
    place: str | None = None
    countries: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    parent: str | None = None
    status: str = PUBLISHED


@dataclass(frozen=True, kw_only=True)
class RecordData:
    """What every record shares. ``key`` is a handle for exhibitions; it is not stored."""

    key: str
    title: Text
    description: Text
    date_display: str
    earliest: date | None
    latest: date | None
    status: str = PUBLISHED
    countries: tuple[str, ...] = ("KZ",)
    people: tuple[tuple[str, str], ...] = ()  # (person handle, PersonRole)
    organizations: tuple[str, ...] = ()
    place: str | None = None
    events: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    storage_location: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class DocumentData(RecordData):
    document_type: str
    languages: str
    reference_code: str = ""
    holding_archive: str | None = "archive"
    page_count: int | None = None
    originality: str = Originality.ORIGINAL
    transcription: str = ""


@dataclass(frozen=True, kw_only=True)
class PhotographData(RecordData):
    photographer: str | None = None
    format: str = PhotoFormat.DIGITAL
    colour: str = PhotoColour.COLOUR
    dimensions: str = ""


@dataclass(frozen=True, kw_only=True)
class GiftData(RecordData):
    category: str
    materials: tuple[str, ...] = ()
    technique: str = ""
    dimensions: str = ""
    weight_grams: Decimal | None = None
    giver: str | None = None
    giver_title: str = ""
    giving_country: str | None = None
    giving_organization: str | None = None
    recipient: str | None = None
    recipient_title: str = ""
    occasion: str | None = None
    disposition: str = GiftDisposition.RETAINED
    estimated_value: Decimal | None = None
    value_currency: str = ""


@dataclass(frozen=True, kw_only=True)
class VenueData:
    key: str
    name: Text
    place: str
    organization: str | None = None
    address: str = ""


@dataclass(frozen=True)
class StopData:
    venue: str
    start: date
    end: date


@dataclass(frozen=True)
class SectionData:
    key: str
    title: Text
    introduction: Text


@dataclass(frozen=True)
class ExhibitedData:
    record: str  # a RecordData.key
    label: Text
    section: str = ""  # a SectionData.key of the same exhibition
    case: str = ""


@dataclass(frozen=True, kw_only=True)
class ExhibitionData:
    slug: str
    title: Text
    summary: Text
    start: date
    end: date | None
    stops: tuple[StopData, ...]
    exhibition_type: str = ExhibitionType.PHYSICAL
    organizers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    sections: tuple[SectionData, ...] = ()
    items: tuple[ExhibitedData, ...] = ()
    status: str = PUBLISHED


# --- Authorities ---------------------------------------------------------------------------

# Dates of diplomatic relations only where they are well established; the rest stay empty.
COUNTRIES: tuple[CountryData, ...] = (
    CountryData("KZ", Text("Kazakhstan", "Казахстан", "Қазақстан")),
    CountryData(
        "US",
        Text("United States", "Соединённые Штаты Америки", "Америка Құрама Штаттары"),
        date(1991, 12, 26),
    ),
    CountryData("CN", Text("China", "Китай", "Қытай"), date(1992, 1, 3)),
    CountryData("RU", Text("Russia", "Россия", "Ресей"), date(1992, 10, 22)),
    CountryData("FR", Text("France", "Франция", "Франция")),
    CountryData("LT", Text("Lithuania", "Литва", "Литва")),
    CountryData("TR", Text("Türkiye", "Турция", "Түркия")),
    CountryData("IR", Text("Iran", "Иран", "Иран")),
    CountryData("SY", Text("Syria", "Сирия", "Сирия")),
    CountryData("JP", Text("Japan", "Япония", "Жапония")),
    CountryData("KR", Text("Republic of Korea", "Республика Корея", "Корея Республикасы")),
    CountryData("IN", Text("India", "Индия", "Үндістан")),
    CountryData("UZ", Text("Uzbekistan", "Узбекистан", "Өзбекстан")),
    CountryData("TM", Text("Turkmenistan", "Туркменистан", "Түрікменстан")),
)

PEOPLE: tuple[PersonData, ...] = (
    PersonData(
        key="nazarbayev",
        name=Text("Nursultan Nazarbayev", "Нурсултан Назарбаев", "Нұрсұлтан Назарбаев"),
        title="First President of Kazakhstan (1990–2019)",
        country="KZ",
        birth_year=1940,
        variants=(
            VariantData("Nursultan Nazarbaev", Script.LATIN, "transliteration without y"),
            VariantData("Nazarbayev", Script.LATIN, "surname"),
            VariantData("Nazarbaev", Script.LATIN, "surname, transliteration without y"),
            VariantData("Назарбаев", Script.CYRILLIC, "surname"),
            VariantData(
                "Назарбаев Нурсултан Абишевич", Script.CYRILLIC, "Russian, with patronymic"
            ),
            VariantData("Назарбаев Нұрсұлтан", Script.CYRILLIC, "Kazakh, surname first"),
            VariantData("Назарбаев Нұрсұлтан Әбішұлы", Script.CYRILLIC, "Kazakh, with patronymic"),
        ),
    ),
    PersonData(
        key="suleimenov",
        name=Text("Tuleutai Suleimenov", "Тулеутай Сулейменов", "Төлеутай Сүлейменов"),
        title="First Minister of Foreign Affairs of independent Kazakhstan",
        country="KZ",
        variants=(
            VariantData("Suleimenov", Script.LATIN, "surname"),
            VariantData("Suleymenov", Script.LATIN, "surname, alternative transliteration"),
            VariantData("Tuleutay Suleymenov", Script.LATIN, "alternative transliteration"),
            VariantData("Сулейменов", Script.CYRILLIC, "surname, Russian"),
            VariantData("Сүлейменов", Script.CYRILLIC, "surname, Kazakh"),
            VariantData("Сулейменов Тулеутай", Script.CYRILLIC, "Russian, surname first"),
        ),
    ),
    PersonData(
        key="vassilenko",
        name=Text("Roman Vassilenko", "Роман Василенко", "Роман Василенко"),
        title="Deputy Minister of Foreign Affairs of Kazakhstan (2022)",
        country="KZ",
        variants=(
            VariantData("Roman Vasilenko", Script.LATIN, "alternative transliteration"),
            VariantData("Vasilenko", Script.LATIN, "surname, alternative transliteration"),
            VariantData("Василенко", Script.CYRILLIC, "surname"),
            VariantData("Василенко Роман", Script.CYRILLIC, "surname first"),
        ),
    ),
    PersonData(
        key="omarov",
        name=Text("Iliyas Omarov", "Ильяс Омаров", "Ильяс Омаров"),
        title="Head of the Public Diplomacy Department, Ministry of Foreign Affairs of Kazakhstan (2022)",
        country="KZ",
        variants=(
            VariantData("Ilyas Omarov", Script.LATIN, "alternative transliteration"),
            VariantData("Омаров Ильяс", Script.CYRILLIC, "surname first"),
        ),
    ),
    PersonData(
        key="zhaisenbayeva",
        name=Text("Dinara Zhaisenbayeva", "Динара Жайсенбаева", "Динара Жайсенбаева"),
        title="Senior expert, Library of the First President of Kazakhstan (2022)",
        country="KZ",
        variants=(
            VariantData("Dinara Zhaisenbaeva", Script.LATIN, "alternative transliteration"),
            VariantData("Жайсенбаева Динара", Script.CYRILLIC, "surname first"),
        ),
    ),
    PersonData(
        key="dzhakenov",
        name=Text("Berik Dzhakenov", "Берик Джакенов", "Берік Жакенов"),
        title="Deputy Mayor (Akim) of Nur-Sultan (2022)",
        country="KZ",
        variants=(
            VariantData("Berik Zhakenov", Script.LATIN, "transliteration from Kazakh"),
            VariantData("Джакенов Берик", Script.CYRILLIC, "Russian, surname first"),
        ),
    ),
    PersonData(
        key="karabulov",
        name=Text("Ruslan Karabulov", "Руслан Карабулов", "Руслан Карабулов"),
        title="Deputy Head of the Representative Office of the Ministry of Foreign Affairs of Kazakhstan in Almaty (2022)",
        country="KZ",
        variants=(VariantData("Карабулов Руслан", Script.CYRILLIC, "surname first"),),
    ),
    PersonData(
        key="friberg_story",
        name=Text("Michaela Friberg-Story", "Микаэла Фриберг-Стори", "Микаэла Фриберг-Стори"),
        title="UN Resident Coordinator in Kazakhstan (2022)",
        variants=(
            VariantData(
                "Michaela Friberg-Stori", Script.LATIN, "spelling in the KazNU press release"
            ),
            VariantData(
                "Michaela Friberg-Storey", Script.LATIN, "spelling used by the United Nations"
            ),
            VariantData("Фриберг-Стори", Script.CYRILLIC, "surname"),
        ),
    ),
    PersonData(
        key="tuimebayev",
        name=Text("Zhanseit Tuimebayev", "Жансеит Туймебаев", "Жансейіт Түймебаев"),
        title="Chairman of the Board – Rector, Al-Farabi Kazakh National University (2022)",
        country="KZ",
        variants=(
            VariantData("Zhanseit Tuymebayev", Script.LATIN, "alternative transliteration"),
            VariantData("Туймебаев Жансеит", Script.CYRILLIC, "Russian, surname first"),
            VariantData("Түймебаев Жансейіт", Script.CYRILLIC, "Kazakh, surname first"),
        ),
    ),
    PersonData(
        key="ashikbayev",
        name=Text("Yerzhan Ashikbayev", "Ержан Ашикбаев", "Ержан Әшікбаев"),
        title="Ambassador Extraordinary and Plenipotentiary of Kazakhstan to the United States (2022)",
        country="KZ",
        variants=(
            VariantData("Erzhan Ashikbayev", Script.LATIN, "alternative transliteration"),
            VariantData("Ашикбаев Ержан", Script.CYRILLIC, "Russian, surname first"),
        ),
    ),
    PersonData(
        key="jankauskas",
        name=Text("Kęstutis Jankauskas", "Кестутис Янкаускас", "Кестутис Янкаускас"),
        title="Ambassador of the European Union to Kazakhstan (2022)",
        country="LT",
        variants=(
            VariantData("Kestutis Jankauskas", Script.LATIN, "without diacritics"),
            VariantData("Янкаускас Кестутис", Script.CYRILLIC, "surname first"),
        ),
    ),
    PersonData(
        key="jiang_wei",
        name=Text("Jiang Wei", "Цзян Вэй", "Цзян Вэй"),
        title="Consul General of the People's Republic of China in Almaty (2022)",
        country="CN",
        variants=(VariantData("Цзян Вей", Script.CYRILLIC, "alternative Russian transliteration"),),
    ),
    PersonData(
        key="shaktahtinsky",
        name=Text("Alexis Shaktahtinsky", "Алексис Шахтахтинский", "Алексис Шахтахтинский"),
        title="Consul General of France in Kazakhstan (2022)",
        country="FR",
        variants=(VariantData("Шахтахтинский Алексис", Script.CYRILLIC, "surname first"),),
    ),
    PersonData(
        key="tukumov",
        name=Text("Erkin Tukumov", "Еркин Тукумов", "Еркін Тұқымов"),
        title="Director, Kazakhstan Institute for Strategic Studies under the President of Kazakhstan (2022)",
        country="KZ",
        variants=(
            VariantData("Yerkin Tukumov", Script.LATIN, "alternative transliteration"),
            VariantData("Тукумов Еркин", Script.CYRILLIC, "Russian, surname first"),
        ),
    ),
    PersonData(
        key="mfa_photographer",
        name=Text(
            "Unidentified photographer, Ministry of Foreign Affairs of Kazakhstan",
            "Неустановленный фотограф, МИД Казахстана",
            "Анықталмаған фотограф, Қазақстан СІМ",
        ),
        country="KZ",
        note="Placeholder authority of the demo collection for photographs whose author is not recorded.",
    ),
)

PLACES: tuple[PlaceData, ...] = (
    PlaceData(
        key="astana",
        name=Text("Astana", "Астана", "Астана"),
        country="KZ",
        latitude=Decimal("51.166667"),
        longitude=Decimal("71.433333"),
        historical_names=(
            PlaceNameData("Akmolinsk", "en", None, 1961),
            PlaceNameData("Акмолинск", "ru", None, 1961),
            PlaceNameData("Tselinograd", "en", 1961, 1992),
            PlaceNameData("Целиноград", "ru", 1961, 1992),
            PlaceNameData("Akmola", "en", 1992, 1998),
            PlaceNameData("Акмола", "ru", 1992, 1998),
            PlaceNameData("Ақмола", "kk", 1992, 1998),
            PlaceNameData("Astana", "en", 1998, 2019),
            # The Kazakh and Russian forms are spelled alike; one row stands for both.
            PlaceNameData("Астана", "kk", 1998, 2019),
            PlaceNameData("Nur-Sultan", "en", 2019, 2022),
            PlaceNameData("Нур-Султан", "ru", 2019, 2022),
            PlaceNameData("Нұр-Сұлтан", "kk", 2019, 2022),
            PlaceNameData("Astana", "en", 2022, None),
            PlaceNameData("Астана", "kk", 2022, None),
        ),
    ),
    PlaceData(
        key="almaty",
        name=Text("Almaty", "Алматы", "Алматы"),
        country="KZ",
        latitude=Decimal("43.238889"),
        longitude=Decimal("76.889722"),
        historical_names=(
            PlaceNameData("Verny", "en", None, 1921),
            PlaceNameData("Верный", "ru", None, 1921),
            PlaceNameData("Alma-Ata", "en", 1921, 1993),
            PlaceNameData("Алма-Ата", "ru", 1921, 1993),
            PlaceNameData("Almaty", "en", 1993, None),
        ),
    ),
    PlaceData(
        key="semey",
        name=Text("Semey", "Семей", "Семей"),
        country="KZ",
        latitude=Decimal("50.411111"),
        longitude=Decimal("80.227500"),
        historical_names=(
            PlaceNameData("Semipalatinsk", "en", None, 2007),
            PlaceNameData("Семипалатинск", "ru", None, 2007),
            PlaceNameData("Semey", "en", 2007, None),
        ),
    ),
    PlaceData(
        key="test_site",
        name=Text(
            "Semipalatinsk Test Site",
            "Семипалатинский испытательный ядерный полигон",
            "Семей ядролық сынақ полигоны",
        ),
        country="KZ",
        historical_names=(PlaceNameData("The Polygon", "en"),),
    ),
    PlaceData(
        key="new_york",
        name=Text("New York", "Нью-Йорк", "Нью-Йорк"),
        country="US",
        latitude=Decimal("40.712800"),
        longitude=Decimal("-74.006000"),
    ),
)

ORGANIZATIONS: tuple[OrganizationData, ...] = (
    OrganizationData(
        key="un",
        name=Text("United Nations", "Организация Объединённых Наций", "Біріккен Ұлттар Ұйымы"),
        kind=OrganizationKind.INTERNATIONAL,
        abbreviation="UN",
        website="https://www.un.org",
    ),
    OrganizationData(
        key="unsc",
        name=Text(
            "United Nations Security Council", "Совет Безопасности ООН", "БҰҰ Қауіпсіздік Кеңесі"
        ),
        kind=OrganizationKind.INTERNATIONAL,
        abbreviation="UNSC",
        website="https://www.un.org/securitycouncil/",
    ),
    OrganizationData(
        key="unga",
        name=Text(
            "United Nations General Assembly", "Генеральная Ассамблея ООН", "БҰҰ Бас Ассамблеясы"
        ),
        kind=OrganizationKind.INTERNATIONAL,
        abbreviation="UNGA",
        website="https://www.un.org/en/ga/",
    ),
    OrganizationData(
        key="un_kazakhstan",
        name=Text(
            "United Nations in Kazakhstan, Office of the Resident Coordinator",
            "ООН в Казахстане, Офис постоянного координатора",
            "БҰҰ Қазақстанда, Тұрақты үйлестіруші кеңсесі",
        ),
        kind=OrganizationKind.INTERNATIONAL,
        country="KZ",
        website="https://kazakhstan.un.org",
    ),
    OrganizationData(
        key="osce",
        name=Text(
            "Organization for Security and Co-operation in Europe",
            "Организация по безопасности и сотрудничеству в Европе",
            "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы",
        ),
        kind=OrganizationKind.INTERNATIONAL,
        abbreviation="OSCE",
        website="https://www.osce.org",
    ),
    OrganizationData(
        key="mfa",
        name=Text(
            "Ministry of Foreign Affairs of the Republic of Kazakhstan",
            "Министерство иностранных дел Республики Казахстан",
            "Қазақстан Республикасының Сыртқы істер министрлігі",
        ),
        kind=OrganizationKind.GOVERNMENT,
        abbreviation="MFA",
        country="KZ",
        website="https://www.gov.kz/memleket/entities/mfa",
    ),
    OrganizationData(
        key="mfa_almaty",
        name=Text(
            "Representative Office of the Ministry of Foreign Affairs of Kazakhstan in Almaty",
            "Представительство Министерства иностранных дел Республики Казахстан в Алматы",
            "Қазақстан Республикасы Сыртқы істер министрлігінің Алматыдағы өкілдігі",
        ),
        kind=OrganizationKind.GOVERNMENT,
        country="KZ",
    ),
    OrganizationData(
        key="archive",
        name=Text(
            "Archive of the President of the Republic of Kazakhstan",
            "Архив Президента Республики Казахстан",
            "Қазақстан Республикасы Президентінің Архиві",
        ),
        kind=OrganizationKind.ARCHIVE,
        country="KZ",
    ),
    OrganizationData(
        key="library",
        name=Text(
            "Library of the First President of the Republic of Kazakhstan",
            "Библиотека Первого Президента Республики Казахстан",
            "Қазақстан Республикасының Тұңғыш Президентінің кітапханасы",
        ),
        kind=OrganizationKind.LIBRARY,
        country="KZ",
        website="https://elbasylibrary.gov.kz",
    ),
    OrganizationData(
        key="kaznu",
        name=Text(
            "Al-Farabi Kazakh National University",
            "Казахский национальный университет имени аль-Фараби",
            "Әл-Фараби атындағы Қазақ ұлттық университеті",
        ),
        kind=OrganizationKind.UNIVERSITY,
        abbreviation="KazNU",
        country="KZ",
        website="https://www.kaznu.kz",
    ),
    OrganizationData(
        key="kisi",
        name=Text(
            "Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan",
            "Казахстанский институт стратегических исследований при Президенте Республики Казахстан",
            "Қазақстан Республикасының Президенті жанындағы Қазақстан стратегиялық зерттеулер институты",
        ),
        kind=OrganizationKind.UNIVERSITY,
        abbreviation="KazISS",
        country="KZ",
        website="https://kisi.kz",
    ),
    OrganizationData(
        key="eu_delegation",
        name=Text(
            "Delegation of the European Union to Kazakhstan",
            "Представительство Европейского союза в Казахстане",
            "Еуропалық Одақтың Қазақстандағы өкілдігі",
        ),
        kind=OrganizationKind.MISSION,
        abbreviation="EU",
    ),
    OrganizationData(
        key="cn_consulate",
        name=Text(
            "Consulate General of the People's Republic of China in Almaty",
            "Генеральное консульство Китайской Народной Республики в Алматы",
            "Қытай Халық Республикасының Алматыдағы Бас консулдығы",
        ),
        kind=OrganizationKind.MISSION,
        country="CN",
    ),
    OrganizationData(
        key="fr_consulate",
        name=Text(
            "Consulate General of France in Almaty",
            "Генеральное консульство Франции в Алматы",
            "Францияның Алматыдағы Бас консулдығы",
        ),
        kind=OrganizationKind.MISSION,
        country="FR",
    ),
    OrganizationData(
        key="kz_embassy_us",
        name=Text(
            "Embassy of the Republic of Kazakhstan in the United States",
            "Посольство Республики Казахстан в США",
            "Қазақстан Республикасының АҚШ-тағы Елшілігі",
        ),
        kind=OrganizationKind.MISSION,
        country="KZ",
    ),
    OrganizationData(
        key="kz_un_mission",
        name=Text(
            "Permanent Mission of the Republic of Kazakhstan to the United Nations",
            "Постоянное представительство Республики Казахстан при ООН",
            "Қазақстан Республикасының БҰҰ жанындағы Тұрақты өкілдігі",
        ),
        kind=OrganizationKind.MISSION,
        country="KZ",
    ),
    OrganizationData(
        key="akimat",
        name=Text("Akimat of Astana", "Акимат города Астаны", "Астана қаласының әкімдігі"),
        kind=OrganizationKind.GOVERNMENT,
        country="KZ",
    ),
    OrganizationData(
        key="senate",
        name=Text(
            "Senate of the Parliament of the Republic of Kazakhstan",
            "Сенат Парламента Республики Казахстан",
            "Қазақстан Республикасы Парламентінің Сенаты",
        ),
        kind=OrganizationKind.GOVERNMENT,
        country="KZ",
    ),
)

# Getty AAT URIs only where checked; the others stay blank rather than guessed.
MATERIALS: tuple[TermData, ...] = (
    TermData(
        key="silver",
        name=Text("silver", "серебро", "күміс"),
        aat_uri="http://vocab.getty.edu/aat/300011029",
    ),
    TermData(
        key="gold",
        name=Text("gold", "золото", "алтын"),
        aat_uri="http://vocab.getty.edu/aat/300011021",
    ),
    TermData(
        key="wood",
        name=Text("wood", "дерево", "ағаш"),
        aat_uri="http://vocab.getty.edu/aat/300011914",
    ),
    TermData(
        key="porcelain",
        name=Text("porcelain", "фарфор", "фарфор"),
        aat_uri="http://vocab.getty.edu/aat/300010662",
    ),
    TermData(
        key="paper",
        name=Text("paper", "бумага", "қағаз"),
        aat_uri="http://vocab.getty.edu/aat/300014109",
    ),
    TermData(
        key="glass",
        name=Text("glass", "стекло", "шыны"),
        aat_uri="http://vocab.getty.edu/aat/300010797",
    ),
    TermData(
        key="bronze",
        name=Text("bronze", "бронза", "қола"),
        aat_uri="http://vocab.getty.edu/aat/300010957",
    ),
    TermData(
        key="leather",
        name=Text("leather", "кожа", "былғары"),
        aat_uri="http://vocab.getty.edu/aat/300011845",
    ),
    TermData(key="wool", name=Text("wool", "шерсть", "жүн")),
    TermData(key="enamel", name=Text("enamel", "эмаль", "эмаль")),
)

SUBJECTS: tuple[TermData, ...] = (
    TermData(key="un_membership", name=Text("UN membership", "Членство в ООН", "БҰҰ-ға мүшелік")),
    TermData(
        key="nuclear_disarmament",
        name=Text("Nuclear disarmament", "Ядерное разоружение", "Ядролық қарусыздану"),
    ),
    TermData(
        key="nuclear_tests", name=Text("Nuclear testing", "Ядерные испытания", "Ядролық сынақтар")
    ),
    TermData(
        key="multilateral",
        name=Text("Multilateral diplomacy", "Многосторонняя дипломатия", "Көпжақты дипломатия"),
    ),
    TermData(
        key="bilateral",
        name=Text("Bilateral relations", "Двусторонние отношения", "Екіжақты қатынастар"),
    ),
    TermData(
        key="diplomatic_service",
        name=Text("Diplomatic service", "Дипломатическая служба", "Дипломатиялық қызмет"),
    ),
    TermData(
        key="independence",
        name=Text(
            "Independence and international recognition",
            "Независимость и международное признание",
            "Тәуелсіздік және халықаралық тану",
        ),
    ),
    TermData(
        key="security",
        name=Text(
            "International security", "Международная безопасность", "Халықаралық қауіпсіздік"
        ),
    ),
    TermData(
        key="sustainable_development",
        name=Text("Sustainable development", "Устойчивое развитие", "Тұрақты даму"),
    ),
    TermData(
        key="gifts",
        name=Text("Diplomatic gifts", "Дипломатические подарки", "Дипломатиялық сыйлықтар"),
    ),
    TermData(
        key="public_diplomacy",
        name=Text("Public diplomacy", "Публичная дипломатия", "Қоғамдық дипломатия"),
    ),
    TermData(key="anniversaries", name=Text("Anniversaries", "Юбилеи", "Мерейтойлар")),
    TermData(
        key="education",
        name=Text("Training of diplomats", "Подготовка дипломатов", "Дипломаттарды даярлау"),
    ),
)

# --- Events: parents before their children -------------------------------------------------

APPROXIMATE = Text(
    "The exact date is not recorded in the sources used; the date given is approximate.",
    "Точная дата в использованных источниках не указана; дата приведена приблизительно.",
    "Пайдаланылған дереккөздерде нақты күні көрсетілмеген; күні шамамен берілген.",
)


def _approximate(text: Text) -> Text:
    return Text(*(f"{part} {note}" for part, note in zip(text, APPROXIMATE, strict=True)))


EVENTS: tuple[EventData, ...] = (
    EventData(
        slug="closure-of-semipalatinsk-test-site-1991",
        title=Text(
            "Closure of the Semipalatinsk nuclear test site",
            "Закрытие Семипалатинского испытательного ядерного полигона",
            "Семей ядролық сынақ полигонының жабылуы",
        ),
        description=Text(
            "On 29 August 1991 a decree of the President of the Kazakh SSR closed the test site, where Soviet nuclear tests had been carried out since 1949.",
            "29 августа 1991 года указом Президента Казахской ССР был закрыт полигон, на котором с 1949 года проводились советские ядерные испытания.",
            "1991 жылғы 29 тамызда Қазақ КСР Президентінің жарлығымен 1949 жылдан бері кеңестік ядролық сынақтар жүргізілген полигон жабылды.",
        ),
        event_type=EventType.OTHER,
        start=date(1991, 8, 29),
        place="test_site",
        countries=("KZ",),
        participants=("nazarbayev",),
    ),
    EventData(
        slug="independence-of-kazakhstan-1991",
        title=Text(
            "Proclamation of the state independence of Kazakhstan",
            "Провозглашение государственной независимости Казахстана",
            "Қазақстанның мемлекеттік тәуелсіздігінің жариялануы",
        ),
        description=Text(
            "On 16 December 1991 the Supreme Council adopted the Constitutional Law on the State Independence of the Republic of Kazakhstan.",
            "16 декабря 1991 года Верховный Совет принял Конституционный закон «О государственной независимости Республики Казахстан».",
            "1991 жылғы 16 желтоқсанда Жоғарғы Кеңес «Қазақстан Республикасының мемлекеттік тәуелсіздігі туралы» Конституциялық заң қабылдады.",
        ),
        event_type=EventType.OTHER,
        start=date(1991, 12, 16),
        place="almaty",
        countries=("KZ",),
    ),
    EventData(
        slug="kazakhstan-us-diplomatic-relations-1991",
        title=Text(
            "Establishment of diplomatic relations between Kazakhstan and the United States",
            "Установление дипломатических отношений между Казахстаном и США",
            "Қазақстан мен АҚШ арасында дипломатиялық қатынастардың орнатылуы",
        ),
        description=Text(
            "The United States recognised the independence of Kazakhstan on 25 December 1991 and established diplomatic relations the next day.",
            "США признали независимость Казахстана 25 декабря 1991 года и на следующий день установили с ним дипломатические отношения.",
            "АҚШ 1991 жылғы 25 желтоқсанда Қазақстанның тәуелсіздігін мойындап, келесі күні онымен дипломатиялық қатынастар орнатты.",
        ),
        event_type=EventType.OTHER,
        start=date(1991, 12, 26),
        countries=("KZ", "US"),
    ),
    EventData(
        slug="kazakhstan-china-diplomatic-relations-1992",
        title=Text(
            "Establishment of diplomatic relations between Kazakhstan and China",
            "Установление дипломатических отношений между Казахстаном и Китаем",
            "Қазақстан мен Қытай арасында дипломатиялық қатынастардың орнатылуы",
        ),
        description=Text(
            "Diplomatic relations were established by a joint communiqué on 3 January 1992.",
            "Дипломатические отношения установлены совместным коммюнике 3 января 1992 года.",
            "Дипломатиялық қатынастар 1992 жылғы 3 қаңтарда бірлескен коммюникемен орнатылды.",
        ),
        event_type=EventType.TREATY_SIGNING,
        start=date(1992, 1, 3),
        countries=("KZ", "CN"),
    ),
    EventData(
        slug="kazakhstan-joins-the-un-1992",
        title=Text(
            "Kazakhstan joins the United Nations",
            "Вступление Казахстана в Организацию Объединённых Наций",
            "Қазақстанның Біріккен Ұлттар Ұйымына кіруі",
        ),
        description=Text(
            "On 2 March 1992 the General Assembly admitted Kazakhstan as the 168th member of the United Nations, and the young state received worldwide recognition.",
            "2 марта 1992 года Генеральная Ассамблея приняла Казахстан 168-м членом ООН, и молодое государство получило всемирное признание.",
            "1992 жылғы 2 наурызда Бас Ассамблея Қазақстанды БҰҰ-ның 168-мүшесі етіп қабылдады, осылайша жас мемлекет бүкіл әлемде танылды.",
        ),
        event_type=EventType.UN_MILESTONE,
        start=date(1992, 3, 2),
        place="new_york",
        countries=("KZ",),
        organizations=("un", "unga"),
    ),
    EventData(
        slug="kazakhstan-russia-diplomatic-relations-1992",
        title=Text(
            "Establishment of diplomatic relations between Kazakhstan and Russia",
            "Установление дипломатических отношений между Казахстаном и Россией",
            "Қазақстан мен Ресей арасында дипломатиялық қатынастардың орнатылуы",
        ),
        description=Text(
            "A protocol of 22 October 1992 established diplomatic relations between the Republic of Kazakhstan and the Russian Federation.",
            "Протоколом от 22 октября 1992 года установлены дипломатические отношения между Республикой Казахстан и Российской Федерацией.",
            "1992 жылғы 22 қазандағы хаттамамен Қазақстан Республикасы мен Ресей Федерациясы арасында дипломатиялық қатынастар орнатылды.",
        ),
        event_type=EventType.TREATY_SIGNING,
        start=date(1992, 10, 22),
        countries=("KZ", "RU"),
    ),
    EventData(
        slug="international-day-against-nuclear-tests-2009",
        title=Text(
            "UN General Assembly proclaims 29 August the International Day against Nuclear Tests",
            "Генеральная Ассамблея ООН провозглашает 29 августа Международным днём действий против ядерных испытаний",
            "БҰҰ Бас Ассамблеясы 29 тамызды Ядролық сынақтарға қарсы халықаралық іс-қимыл күні деп жариялады",
        ),
        description=Text(
            "On the initiative of Kazakhstan the General Assembly adopted resolution 64/35, marking the date on which the Semipalatinsk test site was closed in 1991.",
            "По инициативе Казахстана Генеральная Ассамблея приняла резолюцию 64/35, отметив дату закрытия Семипалатинского полигона в 1991 году.",
            "Қазақстанның бастамасымен Бас Ассамблея 1991 жылы Семей полигоны жабылған күнді атап өткен 64/35 қарарын қабылдады.",
        ),
        event_type=EventType.UN_MILESTONE,
        start=date(2009, 12, 2),
        place="new_york",
        countries=("KZ",),
        organizations=("un", "unga"),
    ),
    EventData(
        slug="osce-summit-astana-2010",
        title=Text("OSCE Summit in Astana", "Саммит ОБСЕ в Астане", "ЕҚЫҰ-ның Астана саммиті"),
        description=Text(
            "Summit of the heads of state and government of the OSCE participating States, held in Astana during Kazakhstan's chairmanship of the OSCE; it adopted the Astana Commemorative Declaration.",
            "Саммит глав государств и правительств государств — участников ОБСЕ, прошедший в Астане в период председательства Казахстана в ОБСЕ; на нём принята Астанинская юбилейная декларация.",
            "Қазақстанның ЕҚЫҰ-ға төрағалығы кезінде Астанада өткен ЕҚЫҰ-ға қатысушы мемлекеттердің мемлекет және үкімет басшыларының саммиті; онда Астана мерейтойлық декларациясы қабылданды.",
        ),
        event_type=EventType.SUMMIT,
        start=date(2010, 12, 1),
        end=date(2010, 12, 2),
        place="astana",
        countries=("KZ",),
        organizations=("osce",),
        participants=("nazarbayev",),
    ),
    EventData(
        slug="universal-declaration-nuclear-weapon-free-world-2015",
        title=Text(
            "UN General Assembly adopts the Universal Declaration on the Achievement of a Nuclear-Weapon-Free World",
            "Генеральная Ассамблея ООН принимает Всеобщую декларацию о построении мира, свободного от ядерного оружия",
            "БҰҰ Бас Ассамблеясы Ядролық қарудан азат әлемге қол жеткізу туралы жалпыға бірдей декларацияны қабылдады",
        ),
        description=Text(
            "The declaration was adopted on the initiative of Kazakhstan.",
            "Декларация принята по инициативе Казахстана.",
            "Декларация Қазақстанның бастамасымен қабылданды.",
        ),
        event_type=EventType.UN_MILESTONE,
        start=date(2015, 12, 7),
        place="new_york",
        countries=("KZ",),
        organizations=("un", "unga"),
    ),
    EventData(
        slug="kazakhstan-elected-to-un-security-council-2016",
        title=Text(
            "Kazakhstan elected a non-permanent member of the UN Security Council",
            "Казахстан избран непостоянным членом Совета Безопасности ООН",
            "Қазақстан БҰҰ Қауіпсіздік Кеңесінің тұрақты емес мүшесі болып сайланды",
        ),
        description=Text(
            "The General Assembly elected Kazakhstan to the Security Council for 2017–2018, the first Central Asian state to serve on the Council.",
            "Генеральная Ассамблея избрала Казахстан в Совет Безопасности на 2017–2018 годы — первым из государств Центральной Азии.",
            "Бас Ассамблея Қазақстанды 2017–2018 жылдарға Қауіпсіздік Кеңесіне сайлады; ол Кеңеске сайланған Орталық Азиядағы алғашқы мемлекет болды.",
        ),
        event_type=EventType.UN_MILESTONE,
        start=date(2016, 6, 28),
        place="new_york",
        countries=("KZ",),
        organizations=("un", "unga", "unsc"),
    ),
    EventData(
        slug="astana-talks-on-syria-2017",
        title=Text(
            "Astana talks on Syria, first round",
            "Астанинские переговоры по Сирии, первый раунд",
            "Сирия жөніндегі Астана келіссөздері, бірінші раунд",
        ),
        description=Text(
            "First round of the international meetings on Syria held in Astana, with Russia, Türkiye and Iran as guarantor states.",
            "Первый раунд международных встреч по Сирии в Астане при участии России, Турции и Ирана в качестве государств-гарантов.",
            "Ресей, Түркия және Иран кепілгер мемлекеттер ретінде қатысқан Сирия жөніндегі Астанадағы халықаралық кездесулердің бірінші раунды.",
        ),
        event_type=EventType.CONFERENCE,
        start=date(2017, 1, 23),
        end=date(2017, 1, 24),
        place="astana",
        countries=("KZ", "SY", "RU", "TR", "IR"),
        organizations=("mfa",),
    ),
    EventData(
        slug="kazakhstan-on-un-security-council-2017-2018",
        title=Text(
            "Kazakhstan's term on the UN Security Council",
            "Членство Казахстана в Совете Безопасности ООН",
            "Қазақстанның БҰҰ Қауіпсіздік Кеңесіндегі мүшелігі",
        ),
        description=Text(
            "Two-year term as a non-permanent member, including the presidency of the Council in January 2018.",
            "Двухлетний срок в качестве непостоянного члена, включая председательство в Совете в январе 2018 года.",
            "Тұрақты емес мүше ретіндегі екі жылдық мерзім, оның ішінде 2018 жылғы қаңтарда Кеңеске төрағалық ету.",
        ),
        event_type=EventType.OTHER,
        start=date(2017, 1, 1),
        end=date(2018, 12, 31),
        place="new_york",
        countries=("KZ",),
        organizations=("unsc", "kz_un_mission"),
    ),
    EventData(
        slug="kazakhstan-un-25-years-2017",
        title=Text(
            "25th anniversary of Kazakhstan's membership of the United Nations",
            "25-летие членства Казахстана в ООН",
            "Қазақстанның БҰҰ-ға мүшелігінің 25 жылдығы",
        ),
        description=Text(
            "Anniversary marking 25 years since Kazakhstan joined the United Nations on 2 March 1992.",
            "Годовщина: 25 лет со дня вступления Казахстана в ООН 2 марта 1992 года.",
            "Қазақстанның 1992 жылғы 2 наурызда БҰҰ-ға кіргеніне 25 жыл толуы.",
        ),
        event_type=EventType.ANNIVERSARY,
        start=date(2017, 3, 2),
        place="astana",
        countries=("KZ",),
        organizations=("un", "mfa", "library"),
    ),
    EventData(
        slug="kazakhstan-un-25-years-conference-2017",
        title=Text(
            "Conference on 25 years of cooperation between Kazakhstan and the United Nations",
            "Конференция к 25-летию сотрудничества Казахстана и ООН",
            "Қазақстан мен БҰҰ ынтымақтастығының 25 жылдығына арналған конференция",
        ),
        description=_approximate(
            Text(
                "Conference hosted by the Ministry of Foreign Affairs with ambassadors, senators, veterans of the diplomatic service and international organisations, which reviewed the achievements of 25 years of cooperation.",
                "Конференция, проведённая Министерством иностранных дел с участием послов, сенаторов, ветеранов дипломатической службы и международных организаций, на которой обсуждались итоги 25 лет сотрудничества.",
                "Сыртқы істер министрлігі елшілердің, сенаторлардың, дипломатиялық қызмет ардагерлері мен халықаралық ұйымдардың қатысуымен өткізген, ынтымақтастықтың 25 жылдық қорытындысы талқыланған конференция.",
            )
        ),
        event_type=EventType.CONFERENCE,
        start=date(2017, 3, 2),
        place="astana",
        countries=("KZ",),
        organizations=("mfa", "senate", "un"),
        parent="kazakhstan-un-25-years-2017",
        status=DRAFT,
    ),
    EventData(
        slug="diplomatic-service-30-years-2022",
        title=Text(
            "30th anniversary of the diplomatic service of Kazakhstan",
            "30-летие дипломатической службы Казахстана",
            "Қазақстан дипломатиялық қызметінің 30 жылдығы",
        ),
        description=Text(
            "Programme of events held during 2022 to mark thirty years of the diplomatic service of independent Kazakhstan, which by then had diplomatic relations with 186 states.",
            "Программа мероприятий 2022 года, посвящённых тридцатилетию дипломатической службы независимого Казахстана, установившего к тому времени дипломатические отношения со 186 государствами.",
            "Сол уақытқа қарай 186 мемлекетпен дипломатиялық қатынас орнатқан тәуелсіз Қазақстан дипломатиялық қызметінің отыз жылдығына арналған 2022 жылғы іс-шаралар бағдарламасы.",
        ),
        event_type=EventType.ANNIVERSARY,
        start=date(2022, 1, 1),
        end=date(2022, 12, 31),
        place="astana",
        countries=("KZ",),
        organizations=("mfa",),
    ),
    EventData(
        slug="kaznu-conference-thirty-years-of-foreign-policy-2022",
        title=Text(
            "International scientific-practical conference “Thirty years of foreign policy and diplomacy of sovereign Kazakhstan: achievements, challenges, and prospects”",
            "Международная научно-практическая конференция «Тридцать лет внешней политики и дипломатии суверенного Казахстана: достижения, вызовы и перспективы»",
            "«Егеменді Қазақстанның сыртқы саясаты мен дипломатиясының отыз жылы: жетістіктер, сын-қатерлер және болашағы» халықаралық ғылыми-практикалық конференциясы",
        ),
        description=_approximate(
            Text(
                "Conference at Al-Farabi Kazakh National University on the directions of Kazakhstan's foreign policy, held as the 30th anniversary of Kazakh diplomacy approached.",
                "Конференция в Казахском национальном университете имени аль-Фараби о направлениях внешней политики Казахстана, прошедшая накануне 30-летия казахстанской дипломатии.",
                "Қазақстандық дипломатияның 30 жылдығы қарсаңында Әл-Фараби атындағы Қазақ ұлттық университетінде өткен Қазақстан сыртқы саясатының бағыттары туралы конференция.",
            )
        ),
        event_type=EventType.CONFERENCE,
        start=date(2022, 6, 1),
        place="almaty",
        countries=("KZ", "US", "CN", "FR"),
        organizations=(
            "kaznu",
            "mfa_almaty",
            "un_kazakhstan",
            "eu_delegation",
            "cn_consulate",
            "fr_consulate",
            "kisi",
            "kz_embassy_us",
        ),
        participants=(
            "karabulov",
            "friberg_story",
            "tuimebayev",
            "ashikbayev",
            "jankauskas",
            "jiang_wei",
            "shaktahtinsky",
            "tukumov",
        ),
        parent="diplomatic-service-30-years-2022",
        status=DRAFT,
    ),
    EventData(
        slug="diplomatic-service-30-years-exhibition-opening-2022",
        title=Text(
            "Opening of the exhibition for the 30th anniversary of the diplomatic service",
            "Открытие выставки к 30-летию дипломатической службы",
            "Дипломатиялық қызметтің 30 жылдығына арналған көрменің ашылуы",
        ),
        description=Text(
            "Opening of the open-air exhibition of more than one hundred photographs and archival documents on the square near the Baiterek monument in the capital, then called Nur-Sultan.",
            "Открытие выставки под открытым небом — более ста фотографий и архивных документов — на площади у монумента «Байтерек» в столице, тогда носившей имя Нур-Султан.",
            "Сол кезде Нұр-Сұлтан деп аталған елордадағы «Бәйтерек» монументі маңындағы алаңда жүзден астам фотосурет пен мұрағат құжатынан тұратын ашық аспан астындағы көрменің ашылуы.",
        ),
        event_type=EventType.EXHIBITION_OPENING,
        start=date(2022, 6, 30),
        place="astana",
        countries=("KZ",),
        organizations=("mfa", "archive", "akimat"),
        participants=("vassilenko", "omarov", "dzhakenov"),
        parent="diplomatic-service-30-years-2022",
    ),
    EventData(
        slug="diplomatic-service-30-years-roundtable-2022",
        title=Text(
            "International roundtable on 30 years of Kazakhstan's diplomatic service",
            "Международный круглый стол к 30-летию дипломатической службы Казахстана",
            "Қазақстан дипломатиялық қызметінің 30 жылдығына арналған халықаралық дөңгелек үстел",
        ),
        description=_approximate(
            Text(
                "Roundtable in the capital attended by heads of foreign diplomatic missions, officials, experts and veterans of the diplomatic service, with a thematic exhibition of documents, photographs and diplomatic gifts.",
                "Круглый стол в столице с участием глав иностранных дипломатических миссий, представителей ведомств, экспертов и ветеранов дипломатической службы, с тематической выставкой документов, фотографий и дипломатических подарков.",
                "Шетелдік дипломатиялық миссиялардың басшылары, ведомство өкілдері, сарапшылар мен дипломатиялық қызмет ардагерлері қатысқан елордадағы дөңгелек үстел; онда құжаттар, фотосуреттер мен дипломатиялық сыйлықтардың тақырыптық көрмесі қойылды.",
            )
        ),
        event_type=EventType.ROUNDTABLE,
        start=date(2022, 7, 1),
        place="astana",
        countries=("KZ",),
        organizations=("mfa", "library", "archive"),
        participants=("suleimenov", "zhaisenbayeva"),
        parent="diplomatic-service-30-years-2022",
        status=DRAFT,
    ),
)

# --- Records -------------------------------------------------------------------------------

_PRESIDENT = "President of the Republic of Kazakhstan"

DOCUMENTS: tuple[DocumentData, ...] = (
    DocumentData(
        key="independence-law",
        title=Text(
            "Copy of the Constitutional Law on the State Independence of the Republic of Kazakhstan",
            "Копия Конституционного закона «О государственной независимости Республики Казахстан»",
            "«Қазақстан Республикасының мемлекеттік тәуелсіздігі туралы» Конституциялық заңның көшірмесі",
        ),
        description=Text(
            "Typescript copy of the law adopted on 16 December 1991 that proclaimed Kazakhstan an independent state, the starting point of the country's own foreign policy.",
            "Машинописная копия закона, принятого 16 декабря 1991 года, которым Казахстан провозглашён независимым государством; с него начинается собственная внешняя политика страны.",
            "1991 жылғы 16 желтоқсанда қабылданып, Қазақстанды тәуелсіз мемлекет деп жариялаған заңның машинкаға басылған көшірмесі; елдің өз сыртқы саясаты осыдан басталады.",
        ),
        date_display="16 December 1991",
        earliest=date(1991, 12, 16),
        latest=date(1991, 12, 16),
        place="almaty",
        events=("independence-of-kazakhstan-1991",),
        subjects=("independence",),
        document_type=DocumentType.OTHER,
        languages="kk, ru",
        reference_code="F. 5-N, Op. 1, D. 3",
        page_count=6,
        originality=Originality.COPY,
    ),
    DocumentData(
        key="independence-telegram",
        title=Text(
            "Telegram of congratulations on the independence of Kazakhstan",
            "Поздравительная телеграмма по случаю независимости Казахстана",
            "Қазақстанның тәуелсіздігіне байланысты құттықтау жеделхаты",
        ),
        description=Text(
            "Telegram from a foreign capital congratulating the leadership of Kazakhstan on independence and expressing readiness to establish diplomatic relations.",
            "Телеграмма из зарубежной столицы с поздравлениями руководству Казахстана по случаю независимости и готовностью установить дипломатические отношения.",
            "Шетелдік астанадан жіберілген, Қазақстан басшылығын тәуелсіздікпен құттықтап, дипломатиялық қатынастар орнатуға дайын екенін білдірген жеделхат.",
        ),
        date_display="December 1991",
        earliest=date(1991, 12, 16),
        latest=date(1991, 12, 31),
        people=(("nazarbayev", PersonRole.ADDRESSEE),),
        place="almaty",
        events=("independence-of-kazakhstan-1991",),
        subjects=("independence", "bilateral"),
        document_type=DocumentType.TELEGRAM,
        languages="ru",
        reference_code="F. 5-N, Op. 1, D. 7, L. 12",
        page_count=1,
    ),
    DocumentData(
        key="un-application",
        title=Text(
            "Statement of the President of Kazakhstan on the country's application for membership of the United Nations",
            "Заявление Президента Казахстана о вступлении страны в Организацию Объединённых Наций",
            "Қазақстан Президентінің елдің Біріккен Ұлттар Ұйымына мүше болуы туралы мәлімдемесі",
        ),
        description=Text(
            "Declaration and statement with which Kazakhstan applied to join the United Nations and accepted the obligations of the UN Charter, sent at the end of December 1991.",
            "Декларация и заявление, которыми Казахстан обратился с просьбой о приёме в ООН и принял обязательства по Уставу ООН; направлены в конце декабря 1991 года.",
            "Қазақстан БҰҰ-ға қабылдау туралы өтініш білдіріп, БҰҰ Жарғысындағы міндеттемелерді қабылдаған декларация мен мәлімдеме; 1991 жылғы желтоқсанның соңында жолданған.",
        ),
        date_display="31 December 1991",
        earliest=date(1991, 12, 31),
        latest=date(1991, 12, 31),
        people=(("nazarbayev", PersonRole.SIGNATORY),),
        organizations=("un",),
        place="almaty",
        subjects=("un_membership", "independence"),
        document_type=DocumentType.DECLARATION,
        languages="ru, en",
        reference_code="F. 5-N, Op. 1, D. 9",
        page_count=2,
        originality=Originality.CERTIFIED_COPY,
    ),
    DocumentData(
        key="un-admission-resolution",
        title=Text(
            "UN General Assembly resolution admitting Kazakhstan to membership of the United Nations",
            "Резолюция Генеральной Ассамблеи ООН о приёме Казахстана в члены Организации Объединённых Наций",
            "Қазақстанды Біріккен Ұлттар Ұйымына мүшелікке қабылдау туралы БҰҰ Бас Ассамблеясының қарары",
        ),
        description=Text(
            "Copy of the resolution of 2 March 1992 by which Kazakhstan became the 168th member state of the United Nations.",
            "Копия резолюции от 2 марта 1992 года, по которой Казахстан стал 168-м государством — членом ООН.",
            "1992 жылғы 2 наурыздағы қарардың көшірмесі; осы қарар бойынша Қазақстан БҰҰ-ның 168-мүше мемлекеті болды.",
        ),
        date_display="2 March 1992",
        earliest=date(1992, 3, 2),
        latest=date(1992, 3, 2),
        organizations=("un", "unga"),
        place="new_york",
        events=("kazakhstan-joins-the-un-1992",),
        subjects=("un_membership", "multilateral"),
        document_type=DocumentType.RESOLUTION,
        languages="en, ru",
        holding_archive="mfa",
        page_count=1,
        originality=Originality.COPY,
    ),
    DocumentData(
        key="un-flag-note",
        title=Text(
            "Note verbale on the raising of the flag of Kazakhstan at United Nations Headquarters",
            "Вербальная нота о поднятии флага Казахстана у Центральных учреждений ООН",
            "Қазақстан туын БҰҰ штаб-пәтерінде көтеру туралы вербалды нота",
        ),
        description=Text(
            "Note verbale exchanged with the UN Secretariat about the ceremony at which the flag of newly admitted Kazakhstan joined the row of member states' flags in New York.",
            "Вербальная нота, которой обменялись с Секретариатом ООН, о церемонии, на которой флаг только что принятого Казахстана занял место в ряду флагов государств-членов в Нью-Йорке.",
            "Жаңа қабылданған Қазақстанның туы Нью-Йорктегі мүше мемлекеттердің тулары қатарына қосылған рәсім туралы БҰҰ Хатшылығымен алмасқан вербалды нота.",
        ),
        date_display="March 1992",
        earliest=date(1992, 3, 1),
        latest=date(1992, 3, 31),
        organizations=("un", "kz_un_mission"),
        place="new_york",
        events=("kazakhstan-joins-the-un-1992",),
        subjects=("un_membership",),
        document_type=DocumentType.NOTE_VERBALE,
        languages="en",
        holding_archive="mfa",
        page_count=1,
    ),
    DocumentData(
        key="un-admission-draft-statement",
        title=Text(
            "Draft statement on Kazakhstan's admission to the United Nations",
            "Проект заявления по случаю принятия Казахстана в ООН",
            "Қазақстанның БҰҰ-ға қабылдануына орай мәлімдеме жобасы",
        ),
        description=Text(
            "Typescript draft with handwritten corrections, prepared in the Ministry of Foreign Affairs headed by Tuleutai Suleimenov, the country's first foreign minister.",
            "Машинописный проект с рукописной правкой, подготовленный в Министерстве иностранных дел, которое возглавлял первый министр иностранных дел Тулеутай Сулейменов.",
            "Қолмен түзетулер енгізілген машинкаға басылған жоба; оны елдің тұңғыш сыртқы істер министрі Төлеутай Сүлейменов басқарған Сыртқы істер министрлігі әзірлеген.",
        ),
        date_display="c. 1992",
        earliest=date(1992, 1, 1),
        latest=date(1992, 12, 31),
        status=DRAFT,
        people=(("suleimenov", PersonRole.MENTIONED),),
        organizations=("mfa", "un"),
        place="almaty",
        events=("kazakhstan-joins-the-un-1992",),
        subjects=("un_membership", "diplomatic_service"),
        document_type=DocumentType.SPEECH,
        languages="ru",
        holding_archive="mfa",
        page_count=4,
        originality=Originality.DRAFT,
    ),
    DocumentData(
        key="us-relations",
        title=Text(
            "Document on the establishment of diplomatic relations between Kazakhstan and the United States",
            "Документ об установлении дипломатических отношений между Казахстаном и Соединёнными Штатами Америки",
            "Қазақстан мен Америка Құрама Штаттары арасында дипломатиялық қатынастар орнату туралы құжат",
        ),
        description=Text(
            "Copy of the exchange that opened diplomatic relations between Kazakhstan and the United States at the end of December 1991, a day after the United States recognised Kazakhstan's independence.",
            "Копия обмена документами, открывшего дипломатические отношения между Казахстаном и США в конце декабря 1991 года, на следующий день после признания Соединёнными Штатами независимости Казахстана.",
            "1991 жылғы желтоқсанның соңында, АҚШ Қазақстан тәуелсіздігін мойындағаннан кейін келесі күні екі ел арасында дипломатиялық қатынастар ашқан құжаттар алмасуының көшірмесі.",
        ),
        date_display="December 1991",
        earliest=date(1991, 12, 25),
        latest=date(1991, 12, 31),
        countries=("KZ", "US"),
        events=("kazakhstan-us-diplomatic-relations-1991",),
        subjects=("bilateral", "independence"),
        document_type=DocumentType.DECLARATION,
        languages="en, ru",
        holding_archive="mfa",
        page_count=2,
        originality=Originality.COPY,
    ),
    DocumentData(
        key="china-communique",
        title=Text(
            "Joint communiqué on the establishment of diplomatic relations between Kazakhstan and China",
            "Совместное коммюнике об установлении дипломатических отношений между Казахстаном и Китаем",
            "Қазақстан мен Қытай арасында дипломатиялық қатынастар орнату туралы бірлескен коммюнике",
        ),
        description=Text(
            "Copy of the joint communiqué of 3 January 1992 establishing diplomatic relations between the Republic of Kazakhstan and the People's Republic of China.",
            "Копия совместного коммюнике от 3 января 1992 года об установлении дипломатических отношений между Республикой Казахстан и Китайской Народной Республикой.",
            "Қазақстан Республикасы мен Қытай Халық Республикасы арасында дипломатиялық қатынастар орнату туралы 1992 жылғы 3 қаңтардағы бірлескен коммюникенің көшірмесі.",
        ),
        date_display="3 January 1992",
        earliest=date(1992, 1, 3),
        latest=date(1992, 1, 3),
        countries=("KZ", "CN"),
        events=("kazakhstan-china-diplomatic-relations-1992",),
        subjects=("bilateral",),
        document_type=DocumentType.DECLARATION,
        languages="ru, zh",
        holding_archive="mfa",
        page_count=2,
        originality=Originality.CERTIFIED_COPY,
    ),
    DocumentData(
        key="russia-protocol",
        title=Text(
            "Protocol on the establishment of diplomatic relations between Kazakhstan and Russia",
            "Протокол об установлении дипломатических отношений между Казахстаном и Россией",
            "Қазақстан мен Ресей арасында дипломатиялық қатынастар орнату туралы хаттама",
        ),
        description=Text(
            "Copy of the protocol of 22 October 1992 establishing diplomatic relations between the Republic of Kazakhstan and the Russian Federation.",
            "Копия протокола от 22 октября 1992 года об установлении дипломатических отношений между Республикой Казахстан и Российской Федерацией.",
            "Қазақстан Республикасы мен Ресей Федерациясы арасында дипломатиялық қатынастар орнату туралы 1992 жылғы 22 қазандағы хаттаманың көшірмесі.",
        ),
        date_display="22 October 1992",
        earliest=date(1992, 10, 22),
        latest=date(1992, 10, 22),
        countries=("KZ", "RU"),
        events=("kazakhstan-russia-diplomatic-relations-1992",),
        subjects=("bilateral",),
        document_type=DocumentType.TREATY,
        languages="kk, ru",
        holding_archive="mfa",
        page_count=2,
        originality=Originality.CERTIFIED_COPY,
    ),
    DocumentData(
        key="semipalatinsk-decree",
        title=Text(
            "Decree on the closure of the Semipalatinsk nuclear test site",
            "Указ о закрытии Семипалатинского испытательного ядерного полигона",
            "Семей ядролық сынақ полигонын жабу туралы жарлық",
        ),
        description=Text(
            "Certified copy of the decree of 29 August 1991 closing the Semipalatinsk test site, where Soviet nuclear tests had been carried out for four decades.",
            "Заверенная копия указа от 29 августа 1991 года о закрытии Семипалатинского полигона, на котором сорок лет проводились советские ядерные испытания.",
            "Кеңестік ядролық сынақтар қырық жыл бойы жүргізілген Семей полигонын жабу туралы 1991 жылғы 29 тамыздағы жарлықтың куәландырылған көшірмесі.",
        ),
        date_display="29 August 1991",
        earliest=date(1991, 8, 29),
        latest=date(1991, 8, 29),
        people=(("nazarbayev", PersonRole.SIGNATORY),),
        place="almaty",
        events=("closure-of-semipalatinsk-test-site-1991",),
        subjects=("nuclear_disarmament", "nuclear_tests"),
        document_type=DocumentType.DECREE,
        languages="kk, ru",
        reference_code="F. 5-N, Op. 1, D. 1",
        page_count=2,
        originality=Originality.CERTIFIED_COPY,
    ),
    DocumentData(
        key="resolution-64-35",
        title=Text(
            "UN General Assembly resolution 64/35 on the International Day against Nuclear Tests",
            "Резолюция 64/35 Генеральной Ассамблеи ООН о Международном дне действий против ядерных испытаний",
            "Ядролық сынақтарға қарсы халықаралық іс-қимыл күні туралы БҰҰ Бас Ассамблеясының 64/35 қарары",
        ),
        description=Text(
            "Copy of the resolution, adopted on the initiative of Kazakhstan, that declared 29 August, the date on which the Semipalatinsk test site was closed, the International Day against Nuclear Tests.",
            "Копия резолюции, принятой по инициативе Казахстана, которая объявила 29 августа, день закрытия Семипалатинского полигона, Международным днём действий против ядерных испытаний.",
            "Қазақстанның бастамасымен қабылданған, Семей полигоны жабылған күн — 29 тамызды Ядролық сынақтарға қарсы халықаралық іс-қимыл күні деп жариялаған қарардың көшірмесі.",
        ),
        date_display="2 December 2009",
        earliest=date(2009, 12, 2),
        latest=date(2009, 12, 2),
        organizations=("un", "unga", "kz_un_mission"),
        place="new_york",
        events=("international-day-against-nuclear-tests-2009",),
        subjects=("nuclear_disarmament", "nuclear_tests", "multilateral"),
        document_type=DocumentType.RESOLUTION,
        languages="en, ru",
        holding_archive="mfa",
        page_count=2,
        originality=Originality.COPY,
    ),
    DocumentData(
        key="astana-declaration",
        title=Text(
            "Astana Commemorative Declaration: Towards a Security Community",
            "Астанинская юбилейная декларация «На пути к сообществу безопасности»",
            "«Қауіпсіздік қоғамдастығына қарай» Астана мерейтойлық декларациясы",
        ),
        description=Text(
            "Copy of the declaration adopted by the heads of state and government of the OSCE participating States at the summit in Astana, the first OSCE summit in eleven years.",
            "Копия декларации, принятой главами государств и правительств государств — участников ОБСЕ на саммите в Астане, первом саммите ОБСЕ за одиннадцать лет.",
            "ЕҚЫҰ-ға қатысушы мемлекеттердің мемлекет және үкімет басшылары Астанадағы саммитте қабылдаған декларацияның көшірмесі; бұл ЕҚЫҰ-ның он бір жылдағы алғашқы саммиті болды.",
        ),
        date_display="December 2010",
        earliest=date(2010, 12, 1),
        latest=date(2010, 12, 3),
        organizations=("osce",),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("security", "multilateral"),
        document_type=DocumentType.DECLARATION,
        languages="en, ru",
        holding_archive="mfa",
        page_count=4,
        originality=Originality.COPY,
    ),
    DocumentData(
        key="osce-programme",
        title=Text(
            "Programme of the OSCE Summit in Astana",
            "Программа саммита ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астана саммитінің бағдарламасы",
        ),
        description=Text(
            "Printed programme of the two-day summit held on 1–2 December 2010, with the order of the plenary sessions.",
            "Печатная программа двухдневного саммита 1–2 декабря 2010 года с порядком пленарных заседаний.",
            "2010 жылғы 1–2 желтоқсанда өткен екі күндік саммиттің пленарлық отырыстар тәртібі көрсетілген баспа бағдарламасы.",
        ),
        date_display="1–2 December 2010",
        earliest=date(2010, 12, 1),
        latest=date(2010, 12, 2),
        organizations=("osce", "mfa"),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("security", "multilateral"),
        document_type=DocumentType.OTHER,
        languages="kk, ru, en",
        holding_archive="mfa",
        page_count=8,
    ),
    DocumentData(
        key="osce-letter-of-thanks",
        title=Text(
            "Letter of thanks from a foreign delegation after the OSCE Summit in Astana",
            "Благодарственное письмо зарубежной делегации после саммита ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астана саммитінен кейінгі шетелдік делегацияның алғыс хаты",
        ),
        description=Text(
            "Letter thanking the Ministry of Foreign Affairs of Kazakhstan for the organisation of the summit and the hospitality shown to the delegation.",
            "Письмо с благодарностью Министерству иностранных дел Казахстана за организацию саммита и гостеприимство, оказанное делегации.",
            "Қазақстан Сыртқы істер министрлігіне саммитті ұйымдастырғаны және делегацияға көрсеткен қонақжайлылығы үшін алғыс білдірген хат.",
        ),
        date_display="December 2010",
        earliest=date(2010, 12, 3),
        latest=date(2010, 12, 31),
        status=WITHDRAWN,
        organizations=("osce", "mfa"),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("multilateral",),
        document_type=DocumentType.LETTER,
        languages="en",
        holding_archive="mfa",
        page_count=1,
        note="Withdrawn from public view: the same letter is being catalogued from a better copy.",
    ),
    DocumentData(
        key="unsc-election-statement",
        title=Text(
            "Statement of the Ministry of Foreign Affairs on Kazakhstan's election to the UN Security Council",
            "Заявление Министерства иностранных дел в связи с избранием Казахстана в Совет Безопасности ООН",
            "Қазақстанның БҰҰ Қауіпсіздік Кеңесіне сайлануына байланысты Сыртқы істер министрлігінің мәлімдемесі",
        ),
        description=Text(
            "Statement issued after the General Assembly elected Kazakhstan a non-permanent member of the Security Council for 2017–2018, the first Central Asian state to hold a seat on the Council.",
            "Заявление, опубликованное после того, как Генеральная Ассамблея избрала Казахстан непостоянным членом Совета Безопасности на 2017–2018 годы — первым из государств Центральной Азии.",
            "Бас Ассамблея Қазақстанды 2017–2018 жылдарға Қауіпсіздік Кеңесінің тұрақты емес мүшесі етіп сайлағаннан кейін жарияланған мәлімдеме; Қазақстан Кеңеске сайланған Орталық Азиядағы алғашқы мемлекет болды.",
        ),
        date_display="28 June 2016",
        earliest=date(2016, 6, 28),
        latest=date(2016, 6, 28),
        organizations=("mfa", "unsc", "unga"),
        place="astana",
        events=("kazakhstan-elected-to-un-security-council-2016",),
        subjects=("multilateral", "security"),
        document_type=DocumentType.DECLARATION,
        languages="kk, ru, en",
        holding_archive="mfa",
        page_count=2,
    ),
    DocumentData(
        key="unsc-priorities",
        title=Text(
            "Priorities of Kazakhstan for its membership of the UN Security Council in 2017–2018",
            "Приоритеты Казахстана на период членства в Совете Безопасности ООН в 2017–2018 годах",
            "Қазақстанның 2017–2018 жылдары БҰҰ Қауіпсіздік Кеңесіне мүшелік кезеңіндегі басымдықтары",
        ),
        description=Text(
            "Working paper setting out the themes Kazakhstan intended to raise on the Council, among them nuclear non-proliferation, regional security in Central Asia and Afghanistan.",
            "Рабочий документ с темами, которые Казахстан намеревался поднимать в Совете, в том числе ядерное нераспространение, региональная безопасность в Центральной Азии и Афганистан.",
            "Қазақстан Кеңесте көтеруді көздеген тақырыптар баяндалған жұмыс құжаты, олардың ішінде ядролық қаруды таратпау, Орталық Азиядағы өңірлік қауіпсіздік және Ауғанстан бар.",
        ),
        date_display="2016",
        earliest=date(2016, 1, 1),
        latest=date(2016, 12, 31),
        status=IN_REVIEW,
        organizations=("mfa", "unsc"),
        place="astana",
        events=("kazakhstan-elected-to-un-security-council-2016",),
        subjects=("security", "nuclear_disarmament"),
        document_type=DocumentType.MEMORANDUM,
        languages="ru, en",
        holding_archive="mfa",
        page_count=12,
    ),
    DocumentData(
        key="unsc-term-report",
        title=Text(
            "Report on Kazakhstan's term as a non-permanent member of the UN Security Council",
            "Отчёт о работе Казахстана в качестве непостоянного члена Совета Безопасности ООН",
            "Қазақстанның БҰҰ Қауіпсіздік Кеңесінің тұрақты емес мүшесі ретіндегі жұмысы туралы есеп",
        ),
        description=Text(
            "Summary report prepared after the end of the 2017–2018 term, including Kazakhstan's presidency of the Council in January 2018.",
            "Итоговый отчёт, подготовленный по завершении срока членства 2017–2018 годов, включая председательство Казахстана в Совете в январе 2018 года.",
            "2017–2018 жылдардағы мүшелік мерзімі аяқталғаннан кейін дайындалған қорытынды есеп; оған Қазақстанның 2018 жылғы қаңтарда Кеңеске төрағалық етуі де енген.",
        ),
        date_display="c. 2019",
        earliest=date(2019, 1, 1),
        latest=date(2019, 12, 31),
        status=DRAFT,
        organizations=("mfa", "unsc"),
        events=("kazakhstan-on-un-security-council-2017-2018",),
        subjects=("security", "multilateral"),
        document_type=DocumentType.REPORT,
        languages="ru",
        holding_archive="mfa",
        page_count=40,
    ),
    DocumentData(
        key="un25-invitation",
        title=Text(
            "Invitation to the conference marking 25 years of cooperation between Kazakhstan and the United Nations",
            "Приглашение на конференцию по случаю 25-летия сотрудничества Казахстана и ООН",
            "Қазақстан мен БҰҰ ынтымақтастығының 25 жылдығына арналған конференцияға шақыру",
        ),
        description=Text(
            "Printed invitation to the conference hosted by the Ministry of Foreign Affairs for ambassadors, senators, veterans of the diplomatic service and international organisations.",
            "Печатное приглашение на конференцию, проведённую Министерством иностранных дел для послов, сенаторов, ветеранов дипломатической службы и представителей международных организаций.",
            "Сыртқы істер министрлігі елшілер, сенаторлар, дипломатиялық қызмет ардагерлері мен халықаралық ұйымдар өкілдері үшін өткізген конференцияға баспа шақыру.",
        ),
        date_display="early 2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 3, 31),
        organizations=("mfa", "un", "senate"),
        place="astana",
        events=("kazakhstan-un-25-years-2017", "kazakhstan-un-25-years-conference-2017"),
        subjects=("un_membership", "anniversaries"),
        document_type=DocumentType.OTHER,
        languages="kk, ru, en",
        holding_archive="mfa",
        page_count=1,
    ),
    DocumentData(
        key="reference-186-states",
        title=Text(
            "Reference note on Kazakhstan's diplomatic relations with 186 states",
            "Справка о дипломатических отношениях Казахстана со 186 государствами",
            "Қазақстанның 186 мемлекетпен дипломатиялық қатынастары туралы анықтама",
        ),
        description=Text(
            "Reference note prepared for the 30th anniversary of the diplomatic service: by 2022 Kazakhstan had diplomatic relations with 186 states and was a member of more than 50 international organisations.",
            "Справка, подготовленная к 30-летию дипломатической службы: к 2022 году Казахстан установил дипломатические отношения со 186 государствами и являлся членом более 50 международных организаций.",
            "Дипломатиялық қызметтің 30 жылдығына дайындалған анықтама: 2022 жылға қарай Қазақстан 186 мемлекетпен дипломатиялық қатынас орнатып, 50-ден астам халықаралық ұйымның мүшесі болды.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-2022",),
        subjects=("bilateral", "diplomatic_service"),
        document_type=DocumentType.REPORT,
        languages="kk, ru",
        holding_archive="mfa",
        page_count=6,
    ),
    DocumentData(
        key="roundtable-programme",
        title=Text(
            "Programme of the international roundtable on the 30th anniversary of Kazakhstan's diplomatic service",
            "Программа международного круглого стола к 30-летию дипломатической службы Казахстана",
            "Қазақстан дипломатиялық қызметінің 30 жылдығына арналған халықаралық дөңгелек үстелдің бағдарламасы",
        ),
        description=Text(
            "Programme of the roundtable attended by heads of foreign diplomatic missions accredited in Kazakhstan, officials, experts and veterans who stood at the origins of the diplomatic service.",
            "Программа круглого стола, в котором участвовали главы аккредитованных в Казахстане иностранных дипломатических миссий, представители ведомств, эксперты и ветераны, стоявшие у истоков дипломатической службы.",
            "Қазақстанда аккредиттелген шетелдік дипломатиялық миссиялардың басшылары, ведомство өкілдері, сарапшылар және дипломатиялық қызметтің бастауында тұрған ардагерлер қатысқан дөңгелек үстелдің бағдарламасы.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        organizations=("library", "archive", "mfa"),
        place="astana",
        events=("diplomatic-service-30-years-roundtable-2022",),
        subjects=("diplomatic_service", "anniversaries"),
        document_type=DocumentType.OTHER,
        languages="kk, ru, en",
        holding_archive="library",
        page_count=4,
    ),
    DocumentData(
        key="suleimenov-remarks",
        title=Text(
            "Remarks of Tuleutai Suleimenov at the roundtable on 30 years of Kazakh diplomacy",
            "Выступление Тулеутая Сулейменова на круглом столе к 30-летию казахстанской дипломатии",
            "Төлеутай Сүлейменовтің қазақстандық дипломатияның 30 жылдығына арналған дөңгелек үстелдегі сөзі",
        ),
        description=Text(
            "Transcript of the remarks of the first foreign minister of Kazakhstan, who recalled how the foreign policy department grew into a ministry with a large network of embassies and missions.",
            "Стенограмма выступления первого министра иностранных дел Казахстана, который напомнил, как внешнеполитическое ведомство выросло в министерство с разветвлённой сетью посольств и представительств.",
            "Қазақстанның тұңғыш сыртқы істер министрі сөзінің стенограммасы; ол сыртқы саяси ведомствоның елшіліктер мен өкілдіктердің кең желісі бар министрлікке айналғанын еске алды.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("suleimenov", PersonRole.AUTHOR),),
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-roundtable-2022",),
        subjects=("diplomatic_service", "anniversaries"),
        document_type=DocumentType.SPEECH,
        languages="kk, ru",
        holding_archive="library",
        page_count=3,
        transcription=(
            "“30 years is a short period in historical terms, but in general, a lot has been done "
            "for Kazakhstan during this time. Our foreign policy department has become a powerful "
            "ministry with a large network of embassies and missions. Our diplomats now work in "
            "more than 60 countries. We are a full-fledged member of the United Nations, and "
            "Kazakhstan has become the center of many international events.” "
            "(English translation as published in the press, 2022.)"
        ),
    ),
    DocumentData(
        key="vassilenko-notes",
        title=Text(
            "Speaking notes of Deputy Foreign Minister Roman Vassilenko for the opening of the 30th-anniversary exhibition",
            "Тезисы выступления заместителя министра иностранных дел Романа Василенко на открытии выставки к 30-летию дипломатической службы",
            "Сыртқы істер министрінің орынбасары Роман Василенконың дипломатиялық қызметтің 30 жылдығына арналған көрменің ашылуындағы сөзінің тезистері",
        ),
        description=Text(
            "Notes for the speech at the opening on 30 June 2022, on the long way Kazakhstan had come in international relations over thirty years and the contribution of the staff of the Foreign Ministry.",
            "Тезисы речи на открытии 30 июня 2022 года о долгом пути, пройденном Казахстаном в системе международных отношений за тридцать лет, и о вкладе сотрудников МИД.",
            "2022 жылғы 30 маусымдағы ашылу рәсіміндегі сөздің тезистері: Қазақстанның отыз жылда халықаралық қатынастар жүйесінде жүріп өткен ұзақ жолы және СІМ қызметкерлерінің қосқан үлесі туралы.",
        ),
        date_display="30 June 2022",
        earliest=date(2022, 6, 30),
        latest=date(2022, 6, 30),
        people=(("vassilenko", PersonRole.AUTHOR),),
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-exhibition-opening-2022",),
        subjects=("diplomatic_service", "public_diplomacy"),
        document_type=DocumentType.SPEECH,
        languages="ru, en",
        holding_archive="mfa",
        page_count=2,
        transcription=(
            "The aim of the exhibition is “to reflect on the long way our country has come in the "
            "system of international relations for 30 years and the weighty contribution our "
            "colleagues – employees of the Kazakh Ministry of Foreign Affairs have made and "
            "continue to make in the formation and strengthening of our independent state.” "
            "(English translation as published in the press, 2022.)"
        ),
    ),
    DocumentData(
        key="tuimebayev-address",
        title=Text(
            "Welcome address of the Rector of Al-Farabi Kazakh National University to the conference on thirty years of Kazakhstan's foreign policy",
            "Приветственное обращение ректора КазНУ имени аль-Фараби к участникам конференции о тридцати годах внешней политики Казахстана",
            "Әл-Фараби атындағы ҚазҰУ ректорының Қазақстан сыртқы саясатының отыз жылына арналған конференцияға қатысушыларға құттықтау сөзі",
        ),
        description=Text(
            "Text of the video message of Zhanseit Tuimebayev, Chairman of the Board and Rector, on the multi-vector and pragmatic foreign policy of Kazakhstan and its relations with 186 countries.",
            "Текст видеообращения председателя правления — ректора Жансеита Туймебаева о многовекторной и прагматичной внешней политике Казахстана и его отношениях со 186 странами.",
            "Басқарма төрағасы — ректор Жансейіт Түймебаевтың Қазақстанның көпвекторлы әрі прагматикалық сыртқы саясаты мен оның 186 елмен қатынастары туралы бейнеүндеуінің мәтіні.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("tuimebayev", PersonRole.AUTHOR),),
        organizations=("kaznu",),
        place="almaty",
        events=("kaznu-conference-thirty-years-of-foreign-policy-2022",),
        subjects=("diplomatic_service", "education"),
        document_type=DocumentType.SPEECH,
        languages="kk, ru",
        holding_archive=None,
        page_count=2,
        transcription=(
            "“Over the years of independence Kazakhstan has managed to create an effective model "
            "of foreign policy based on the principle of multi-vectors, pragmatism, and national "
            "interests. To date, diplomatic relations have been established with 186 countries.” "
            "(English translation as published by the press service of KazNU, 2022.)"
        ),
    ),
    DocumentData(
        key="karabulov-speech",
        title=Text(
            "Speech of Ruslan Karabulov on behalf of the Foreign Ministry's Representative Office in Almaty",
            "Выступление Руслана Карабулова от имени Представительства МИД в Алматы",
            "Руслан Карабуловтың СІМ-нің Алматыдағы өкілдігі атынан сөйлеген сөзі",
        ),
        description=Text(
            "Speech at the KazNU conference recalling that Kazakhstan hosted the OSCE Summit in 2010 and initiated the adoption by the UN General Assembly of the Universal Declaration on a nuclear-weapon-free world.",
            "Выступление на конференции в КазНУ, в котором напомнено, что Казахстан провёл саммит ОБСЕ в 2010 году и стал инициатором принятия Генеральной Ассамблеей ООН Всеобщей декларации о мире, свободном от ядерного оружия.",
            "ҚазҰУ-дағы конференцияда сөйленген сөз; онда Қазақстанның 2010 жылы ЕҚЫҰ саммитін өткізгені және БҰҰ Бас Ассамблеясының ядролық қарудан азат әлем туралы жалпыға бірдей декларациясын қабылдауға бастамашы болғаны еске салынды.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        status=DRAFT,
        people=(("karabulov", PersonRole.AUTHOR),),
        organizations=("mfa_almaty", "kaznu"),
        place="almaty",
        events=("kaznu-conference-thirty-years-of-foreign-policy-2022",),
        subjects=("multilateral", "nuclear_disarmament"),
        document_type=DocumentType.SPEECH,
        languages="ru",
        holding_archive="mfa",
        page_count=3,
    ),
    DocumentData(
        key="nuclear-weapon-free-world-declaration",
        title=Text(
            "Universal Declaration on the Achievement of a Nuclear-Weapon-Free World",
            "Всеобщая декларация о построении мира, свободного от ядерного оружия",
            "Ядролық қарудан азат әлемге қол жеткізу туралы жалпыға бірдей декларация",
        ),
        description=Text(
            "Copy of the declaration adopted by the UN General Assembly on the initiative of Kazakhstan in December 2015.",
            "Копия декларации, принятой Генеральной Ассамблеей ООН по инициативе Казахстана в декабре 2015 года.",
            "Қазақстанның бастамасымен БҰҰ Бас Ассамблеясы 2015 жылғы желтоқсанда қабылдаған декларацияның көшірмесі.",
        ),
        date_display="December 2015",
        earliest=date(2015, 12, 1),
        latest=date(2015, 12, 31),
        organizations=("un", "unga"),
        place="new_york",
        events=("universal-declaration-nuclear-weapon-free-world-2015",),
        subjects=("nuclear_disarmament", "multilateral"),
        document_type=DocumentType.RESOLUTION,
        languages="en, ru",
        holding_archive="mfa",
        page_count=3,
        originality=Originality.COPY,
    ),
)

_PRINT = PhotoFormat.PRINT
_BW = PhotoColour.BLACK_AND_WHITE

PHOTOGRAPHS: tuple[PhotographData, ...] = (
    PhotographData(
        key="un-flag",
        title=Text(
            "Flag of Kazakhstan raised at United Nations Headquarters",
            "Флаг Казахстана поднят у Центральных учреждений ООН",
            "Қазақстан туы БҰҰ штаб-пәтерінде көтерілді",
        ),
        description=Text(
            "The flag of Kazakhstan among the flags of member states in New York after the country's admission to the United Nations as its 168th member.",
            "Флаг Казахстана среди флагов государств-членов в Нью-Йорке после принятия страны в ООН в качестве 168-го члена.",
            "Ел БҰҰ-ға 168-мүше ретінде қабылданғаннан кейін Нью-Йорктегі мүше мемлекеттердің тулары арасындағы Қазақстан туы.",
        ),
        date_display="March 1992",
        earliest=date(1992, 3, 1),
        latest=date(1992, 3, 31),
        organizations=("un",),
        place="new_york",
        events=("kazakhstan-joins-the-un-1992",),
        subjects=("un_membership",),
        photographer="mfa_photographer",
        format=_PRINT,
        dimensions="24 × 30 cm",
    ),
    PhotographData(
        key="un-ga-delegation",
        title=Text(
            "Delegation of Kazakhstan in the UN General Assembly Hall",
            "Делегация Казахстана в зале Генеральной Ассамблеи ООН",
            "Қазақстан делегациясы БҰҰ Бас Ассамблеясының залында",
        ),
        description=Text(
            "Members of the Kazakh delegation at their new seats in the General Assembly Hall in the first year of the country's membership.",
            "Члены казахстанской делегации на своих новых местах в зале Генеральной Ассамблеи в первый год членства страны.",
            "Ел мүшелігінің алғашқы жылында Бас Ассамблея залындағы жаңа орындарында отырған Қазақстан делегациясының мүшелері.",
        ),
        date_display="1992",
        earliest=date(1992, 3, 2),
        latest=date(1992, 12, 31),
        organizations=("un", "unga", "kz_un_mission"),
        place="new_york",
        events=("kazakhstan-joins-the-un-1992",),
        subjects=("un_membership", "multilateral"),
        photographer="mfa_photographer",
        format=_PRINT,
        colour=_BW,
        dimensions="18 × 24 cm",
    ),
    PhotographData(
        key="suleimenov-portrait",
        title=Text(
            "Tuleutai Suleimenov, first Minister of Foreign Affairs of independent Kazakhstan",
            "Тулеутай Сулейменов — первый министр иностранных дел независимого Казахстана",
            "Төлеутай Сүлейменов — тәуелсіз Қазақстанның тұңғыш Сыртқы істер министрі",
        ),
        description=Text(
            "Portrait of the minister at his desk in Almaty, then the capital, in the first years of the ministry's work.",
            "Портрет министра за рабочим столом в Алматы, тогдашней столице, в первые годы работы министерства.",
            "Министрліктің алғашқы жылдарында сол кездегі астана Алматыдағы жұмыс үстелі басындағы министрдің портреті.",
        ),
        date_display="c. 1992",
        earliest=date(1991, 12, 1),
        latest=date(1993, 12, 31),
        people=(("suleimenov", PersonRole.DEPICTED),),
        organizations=("mfa",),
        place="almaty",
        subjects=("diplomatic_service",),
        photographer="mfa_photographer",
        format=_PRINT,
        colour=_BW,
        dimensions="18 × 24 cm",
    ),
    PhotographData(
        key="mfa-staff-1990s",
        title=Text(
            "Staff of the young Ministry of Foreign Affairs in Almaty",
            "Сотрудники молодого Министерства иностранных дел в Алматы",
            "Алматыдағы жас Сыртқы істер министрлігінің қызметкерлері",
        ),
        description=Text(
            "Group photograph of diplomats of the first years of independence, when the foreign policy department was growing into a full ministry.",
            "Групповая фотография дипломатов первых лет независимости, когда внешнеполитическое ведомство вырастало в полноценное министерство.",
            "Тәуелсіздіктің алғашқы жылдарындағы дипломаттардың топтық суреті; ол кезде сыртқы саяси ведомство толыққанды министрлікке айналып келе жатқан еді.",
        ),
        date_display="1990s",
        earliest=date(1990, 1, 1),
        latest=date(1999, 12, 31),
        organizations=("mfa",),
        place="almaty",
        subjects=("diplomatic_service",),
        photographer="mfa_photographer",
        format=_PRINT,
        dimensions="13 × 18 cm",
    ),
    PhotographData(
        key="mfa-contact-sheet",
        title=Text(
            "Contact sheet: Foreign Ministry staff at work in Almaty",
            "Контактный лист: сотрудники МИД за работой в Алматы",
            "Контакт парағы: Алматыдағы СІМ қызметкерлері жұмыс үстінде",
        ),
        description=Text(
            "Contact sheet of thirty-six frames of everyday work in the ministry; the people in the individual frames are still to be identified.",
            "Контактный лист из тридцати шести кадров повседневной работы министерства; люди на отдельных кадрах ещё не установлены.",
            "Министрліктің күнделікті жұмысы түсірілген отыз алты кадрдан тұратын контакт парағы; жекелеген кадрлардағы адамдар әлі анықталмаған.",
        ),
        date_display="1992–1993",
        earliest=date(1992, 1, 1),
        latest=date(1993, 12, 31),
        status=DRAFT,
        organizations=("mfa",),
        place="almaty",
        subjects=("diplomatic_service",),
        photographer="mfa_photographer",
        format=PhotoFormat.CONTACT_SHEET,
        colour=_BW,
        dimensions="24 × 30 cm",
    ),
    PhotographData(
        key="semey-monument",
        title=Text(
            "Monument “Stronger than Death” in Semey",
            "Монумент «Сильнее смерти» в Семее",
            "Семейдегі «Өлімнен де күшті» монументі",
        ),
        description=Text(
            "Memorial to the victims of nuclear testing at the Semipalatinsk test site.",
            "Памятник жертвам ядерных испытаний на Семипалатинском полигоне.",
            "Семей полигонындағы ядролық сынақтар құрбандарына арналған ескерткіш.",
        ),
        date_display="2000s",
        earliest=date(2000, 1, 1),
        latest=date(2009, 12, 31),
        place="semey",
        events=("closure-of-semipalatinsk-test-site-1991",),
        subjects=("nuclear_tests", "nuclear_disarmament"),
        dimensions="4000 × 3000 px",
    ),
    PhotographData(
        key="test-site-steppe",
        title=Text(
            "Steppe at the former Semipalatinsk test site",
            "Степь на территории бывшего Семипалатинского полигона",
            "Бұрынғы Семей полигоны аумағындағы дала",
        ),
        description=Text(
            "View across the steppe of the closed test site, taken for a publication on Kazakhstan's renunciation of nuclear weapons.",
            "Вид на степь закрытого полигона, снятый для издания об отказе Казахстана от ядерного оружия.",
            "Қазақстанның ядролық қарудан бас тартуы туралы басылымға түсірілген жабық полигон даласының көрінісі.",
        ),
        date_display="1990s",
        earliest=date(1991, 8, 29),
        latest=date(1999, 12, 31),
        place="test_site",
        events=("closure-of-semipalatinsk-test-site-1991",),
        subjects=("nuclear_tests",),
        format=PhotoFormat.SLIDE,
        dimensions="35 mm",
    ),
    PhotographData(
        key="day-against-nuclear-tests",
        title=Text(
            "Observance of the International Day against Nuclear Tests",
            "Мероприятие, посвящённое Международному дню действий против ядерных испытаний",
            "Ядролық сынақтарға қарсы халықаралық іс-қимыл күніне арналған шара",
        ),
        description=Text(
            "Diplomats and guests at a commemorative event held on 29 August, the day on which the Semipalatinsk test site was closed in 1991.",
            "Дипломаты и гости на памятном мероприятии 29 августа — в день, когда в 1991 году был закрыт Семипалатинский полигон.",
            "1991 жылы Семей полигоны жабылған күн — 29 тамызда өткен еске алу шарасына қатысқан дипломаттар мен қонақтар.",
        ),
        date_display="29 August, 2010s",
        earliest=date(2010, 8, 29),
        latest=date(2019, 8, 29),
        organizations=("mfa", "un"),
        place="astana",
        events=("international-day-against-nuclear-tests-2009",),
        subjects=("nuclear_disarmament", "public_diplomacy"),
        dimensions="5184 × 3456 px",
    ),
    PhotographData(
        key="osce-summit-plenary",
        title=Text(
            "Heads of delegation at the OSCE Summit in Astana",
            "Главы делегаций на саммите ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астана саммитіндегі делегация басшылары",
        ),
        description=Text(
            "Plenary session of the summit chaired by Kazakhstan, which held the OSCE chairmanship in 2010.",
            "Пленарное заседание саммита под председательством Казахстана, председательствовавшего в ОБСЕ в 2010 году.",
            "2010 жылы ЕҚЫҰ-ға төрағалық еткен Қазақстанның төрағалығымен өткен саммиттің пленарлық отырысы.",
        ),
        date_display="1 December 2010",
        earliest=date(2010, 12, 1),
        latest=date(2010, 12, 1),
        people=(("nazarbayev", PersonRole.DEPICTED),),
        organizations=("osce",),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("security", "multilateral"),
        photographer="mfa_photographer",
        dimensions="4288 × 2848 px",
    ),
    PhotographData(
        key="osce-press-centre",
        title=Text(
            "Journalists in the press centre of the OSCE Summit",
            "Журналисты в пресс-центре саммита ОБСЕ",
            "ЕҚЫҰ саммитінің баспасөз орталығындағы журналистер",
        ),
        description=Text(
            "Press centre set up in Astana for the international media covering the summit.",
            "Пресс-центр, организованный в Астане для международных СМИ, освещавших саммит.",
            "Саммитті жариялаған халықаралық БАҚ үшін Астанада ұйымдастырылған баспасөз орталығы.",
        ),
        date_display="December 2010",
        earliest=date(2010, 12, 1),
        latest=date(2010, 12, 2),
        organizations=("osce", "mfa"),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("public_diplomacy",),
        dimensions="4288 × 2848 px",
    ),
    PhotographData(
        key="unsc-election-moment",
        title=Text(
            "Kazakh diplomats at the moment of the election to the UN Security Council",
            "Казахстанские дипломаты в момент избрания в Совет Безопасности ООН",
            "Қазақстан дипломаттары БҰҰ Қауіпсіздік Кеңесіне сайлану сәтінде",
        ),
        description=Text(
            "An emotional moment in the General Assembly Hall when the result of the vote that made Kazakhstan a non-permanent member for 2017–2018 was announced.",
            "Эмоциональный момент в зале Генеральной Ассамблеи, когда были объявлены итоги голосования, сделавшие Казахстан непостоянным членом Совета на 2017–2018 годы.",
            "Қазақстанды 2017–2018 жылдарға Кеңестің тұрақты емес мүшесі еткен дауыс беру нәтижесі жарияланған сәттегі Бас Ассамблея залындағы толқу сәті.",
        ),
        date_display="28 June 2016",
        earliest=date(2016, 6, 28),
        latest=date(2016, 6, 28),
        organizations=("unga", "unsc", "kz_un_mission"),
        place="new_york",
        events=("kazakhstan-elected-to-un-security-council-2016",),
        subjects=("multilateral",),
        photographer="mfa_photographer",
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="unsc-congratulations",
        title=Text(
            "Delegations congratulating Kazakhstan on its election to the Security Council",
            "Делегации поздравляют Казахстан с избранием в Совет Безопасности",
            "Делегациялар Қазақстанды Қауіпсіздік Кеңесіне сайлануымен құттықтауда",
        ),
        description=Text(
            "Representatives of other member states congratulating the Kazakh delegation after the vote in New York.",
            "Представители других государств-членов поздравляют казахстанскую делегацию после голосования в Нью-Йорке.",
            "Нью-Йорктегі дауыс беруден кейін басқа мүше мемлекеттердің өкілдері Қазақстан делегациясын құттықтауда.",
        ),
        date_display="28 June 2016",
        earliest=date(2016, 6, 28),
        latest=date(2016, 6, 28),
        organizations=("unga", "kz_un_mission"),
        place="new_york",
        events=("kazakhstan-elected-to-un-security-council-2016",),
        subjects=("multilateral",),
        photographer="mfa_photographer",
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="unsc-nameplate",
        title=Text(
            "Nameplate of Kazakhstan at the Security Council table",
            "Табличка «Казахстан» за столом Совета Безопасности",
            "Қауіпсіздік Кеңесі үстеліндегі «Қазақстан» тақтайшасы",
        ),
        description=Text(
            "The country's place at the horseshoe table of the Security Council at the start of its two-year term.",
            "Место страны за подковообразным столом Совета Безопасности в начале двухлетнего срока.",
            "Екі жылдық мерзімнің басында Қауіпсіздік Кеңесінің таға тәрізді үстеліндегі елдің орны.",
        ),
        date_display="January 2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 1, 31),
        organizations=("unsc",),
        place="new_york",
        events=("kazakhstan-on-un-security-council-2017-2018",),
        subjects=("multilateral", "security"),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="astana-talks",
        title=Text(
            "Opening of the Astana talks on Syria",
            "Открытие астанинских переговоров по Сирии",
            "Сирия жөніндегі Астана келіссөздерінің ашылуы",
        ),
        description=Text(
            "First round of the talks on the settlement in Syria held in Astana, with Russia, Türkiye and Iran as guarantor states.",
            "Первый раунд переговоров по урегулированию в Сирии в Астане при участии России, Турции и Ирана в качестве государств-гарантов.",
            "Ресей, Түркия және Иран кепілгер мемлекеттер ретінде қатысқан, Сириядағы жағдайды реттеу жөнінде Астанада өткен келіссөздердің бірінші раунды.",
        ),
        date_display="January 2017",
        earliest=date(2017, 1, 23),
        latest=date(2017, 1, 24),
        countries=("KZ", "SY", "RU", "TR", "IR"),
        organizations=("mfa",),
        place="astana",
        events=("astana-talks-on-syria-2017",),
        subjects=("security",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="un25-exhibition-opening",
        title=Text(
            "Opening of the exhibition on 25 years of Kazakhstan–UN cooperation",
            "Открытие выставки к 25-летию сотрудничества Казахстана и ООН",
            "Қазақстан мен БҰҰ ынтымақтастығының 25 жылдығына арналған көрменің ашылуы",
        ),
        description=Text(
            "Guests at the opening at the Library of the First President: politicians, diplomats and witnesses of the years when sovereign Kazakhstan took its first steps on the world stage.",
            "Гости открытия в Библиотеке Первого Президента: политики, дипломаты и свидетели лет, когда суверенный Казахстан делал первые шаги на мировой арене.",
            "Тұңғыш Президент кітапханасындағы ашылу рәсімінің қонақтары: саясаткерлер, дипломаттар және егеменді Қазақстан әлемдік аренада алғашқы қадамдарын жасаған жылдардың куәгерлері.",
        ),
        date_display="early 2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 3, 31),
        organizations=("library", "un"),
        place="astana",
        events=("kazakhstan-un-25-years-2017",),
        subjects=("un_membership", "anniversaries"),
        dimensions="5472 × 3648 px",
    ),
    PhotographData(
        key="un25-conference",
        title=Text(
            "Conference at the Foreign Ministry on 25 years of UN membership",
            "Конференция в МИД к 25-летию членства в ООН",
            "СІМ-дегі БҰҰ-ға мүшеліктің 25 жылдығына арналған конференция",
        ),
        description=Text(
            "Ambassadors, senators and veterans of the diplomatic service at the conference that reviewed a quarter of a century of cooperation with the United Nations.",
            "Послы, сенаторы и ветераны дипломатической службы на конференции, подводившей итоги четверти века сотрудничества с ООН.",
            "БҰҰ-мен ширек ғасырлық ынтымақтастықтың қорытындысын шығарған конференциядағы елшілер, сенаторлар және дипломатиялық қызмет ардагерлері.",
        ),
        date_display="early 2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 3, 31),
        status=DRAFT,
        organizations=("mfa", "senate", "un"),
        place="astana",
        events=("kazakhstan-un-25-years-conference-2017",),
        subjects=("un_membership", "anniversaries"),
        dimensions="5472 × 3648 px",
    ),
    PhotographData(
        key="baiterek-opening",
        title=Text(
            "Opening of the exhibition for the 30th anniversary of the diplomatic service near the Baiterek monument",
            "Открытие выставки к 30-летию дипломатической службы у монумента «Байтерек»",
            "«Бәйтерек» монументі жанында дипломатиялық қызметтің 30 жылдығына арналған көрменің ашылуы",
        ),
        description=Text(
            "Opening ceremony of the open-air exhibition of more than one hundred photographs and archival documents in the centre of the capital, then called Nur-Sultan.",
            "Церемония открытия выставки под открытым небом — более ста фотографий и архивных документов — в центре столицы, тогда носившей имя Нур-Султан.",
            "Сол кезде Нұр-Сұлтан деп аталған елорданың орталығында жүзден астам фотосурет пен мұрағат құжаты қойылған ашық аспан астындағы көрменің ашылу рәсімі.",
        ),
        date_display="30 June 2022",
        earliest=date(2022, 6, 30),
        latest=date(2022, 6, 30),
        people=(("vassilenko", PersonRole.DEPICTED), ("dzhakenov", PersonRole.DEPICTED)),
        organizations=("mfa", "archive", "akimat"),
        place="astana",
        events=("diplomatic-service-30-years-exhibition-opening-2022",),
        subjects=("diplomatic_service", "public_diplomacy", "anniversaries"),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="vassilenko-speaks",
        title=Text(
            "Roman Vassilenko speaks at the opening of the exhibition",
            "Роман Василенко выступает на открытии выставки",
            "Роман Василенко көрменің ашылуында сөз сөйлеуде",
        ),
        description=Text(
            "The deputy minister of foreign affairs at the opening ceremony, which representatives of the foreign diplomatic corps also attended.",
            "Заместитель министра иностранных дел на церемонии открытия, в которой участвовали и представители иностранного дипломатического корпуса.",
            "Шетелдік дипломатиялық корпус өкілдері де қатысқан ашылу рәсіміндегі сыртқы істер министрінің орынбасары.",
        ),
        date_display="30 June 2022",
        earliest=date(2022, 6, 30),
        latest=date(2022, 6, 30),
        people=(("vassilenko", PersonRole.DEPICTED),),
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-exhibition-opening-2022",),
        subjects=("diplomatic_service",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="omarov-journalists",
        title=Text(
            "Iliyas Omarov tells journalists the stories behind the photographs",
            "Ильяс Омаров рассказывает журналистам истории фотографий",
            "Ильяс Омаров журналистерге фотосуреттердің тарихын әңгімелеуде",
        ),
        description=Text(
            "The head of the public diplomacy department of the Foreign Ministry guiding journalists through the exhibition; many of the photographs were taken by Kazakh diplomats themselves.",
            "Руководитель департамента публичной дипломатии МИД проводит журналистов по выставке; многие фотографии сделаны самими казахстанскими дипломатами.",
            "СІМ-нің қоғамдық дипломатия департаментінің басшысы журналистерді көрмені аралатуда; фотосуреттердің көбін қазақстандық дипломаттардың өздері түсірген.",
        ),
        date_display="30 June 2022",
        earliest=date(2022, 6, 30),
        latest=date(2022, 6, 30),
        people=(("omarov", PersonRole.DEPICTED),),
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-exhibition-opening-2022",),
        subjects=("public_diplomacy",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="dzhakenov-exhibition",
        title=Text(
            "Deputy Mayor Berik Dzhakenov at the exhibition near the Baiterek monument",
            "Заместитель акима Берик Джакенов на выставке у монумента «Байтерек»",
            "Әкім орынбасары Берік Жакенов «Бәйтерек» монументі жанындағы көрмеде",
        ),
        description=Text(
            "The deputy mayor called the location symbolic: over its 24 years as the capital, many historically important events had taken place in the city.",
            "Заместитель акима назвал место проведения символичным: за 24 года столичной истории в городе произошло много исторически важных событий.",
            "Әкім орынбасары көрме орнын символдық деп атады: елорда ретіндегі 24 жылдық тарихында қалада көптеген тарихи маңызды оқиғалар болды.",
        ),
        date_display="30 June 2022",
        earliest=date(2022, 6, 30),
        latest=date(2022, 6, 30),
        people=(("dzhakenov", PersonRole.DEPICTED),),
        organizations=("akimat",),
        place="astana",
        events=("diplomatic-service-30-years-exhibition-opening-2022",),
        subjects=("public_diplomacy",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="baiterek-visitors",
        title=Text(
            "Visitors at the open-air exhibition on the square near Baiterek",
            "Посетители выставки под открытым небом на площади у «Байтерека»",
            "«Бәйтерек» маңындағы алаңдағы ашық аспан астындағы көрменің келушілері",
        ),
        description=Text(
            "Residents and guests of the capital looking at the photographs of three decades of Kazakh diplomacy in the summer of 2022.",
            "Жители и гости столицы рассматривают фотографии трёх десятилетий казахстанской дипломатии летом 2022 года.",
            "2022 жылдың жазында елорда тұрғындары мен қонақтары қазақстандық дипломатияның үш онжылдығын бейнелейтін фотосуреттерді тамашалауда.",
        ),
        date_display="July 2022",
        earliest=date(2022, 7, 1),
        latest=date(2022, 7, 31),
        place="astana",
        events=("diplomatic-service-30-years-2022",),
        subjects=("public_diplomacy",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="suleimenov-roundtable",
        title=Text(
            "Tuleutai Suleimenov at the international roundtable on 30 years of Kazakh diplomacy",
            "Тулеутай Сулейменов на международном круглом столе к 30-летию казахстанской дипломатии",
            "Төлеутай Сүлейменов қазақстандық дипломатияның 30 жылдығына арналған халықаралық дөңгелек үстелде",
        ),
        description=Text(
            "The first foreign minister among the honoured guests of the session, which brought together heads of foreign missions, officials and experts.",
            "Первый министр иностранных дел среди почётных гостей заседания, собравшего глав иностранных миссий, представителей ведомств и экспертов.",
            "Шетелдік миссиялардың басшыларын, ведомство өкілдері мен сарапшыларды жинаған отырыстың құрметті қонақтары арасындағы тұңғыш сыртқы істер министрі.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("suleimenov", PersonRole.DEPICTED),),
        organizations=("mfa", "library"),
        place="astana",
        events=("diplomatic-service-30-years-roundtable-2022",),
        subjects=("diplomatic_service", "anniversaries"),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="zhaisenbayeva-gifts",
        title=Text(
            "Dinara Zhaisenbayeva presents the diplomatic gifts at the thematic exhibition",
            "Динара Жайсенбаева представляет дипломатические подарки на тематической выставке",
            "Динара Жайсенбаева тақырыптық көрмедегі дипломатиялық сыйлықтарды таныстыруда",
        ),
        description=Text(
            "The senior expert of the Library of the First President beside the display of books, souvenirs and tableware of silver, gold, wood and porcelain received from foreign delegations.",
            "Старший эксперт Библиотеки Первого Президента у витрины с книгами, сувенирами и посудой из серебра, золота, дерева и фарфора, полученными от зарубежных делегаций.",
            "Тұңғыш Президент кітапханасының аға сарапшысы шетелдік делегациялардан алынған күмістен, алтыннан, ағаштан және фарфордан жасалған кітаптар, кәдесыйлар мен ыдыс-аяқ қойылған витрина жанында.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("zhaisenbayeva", PersonRole.DEPICTED),),
        organizations=("library", "archive"),
        place="astana",
        events=("diplomatic-service-30-years-roundtable-2022",),
        subjects=("gifts",),
        dimensions="6000 × 4000 px",
    ),
    PhotographData(
        key="kaznu-plenary",
        title=Text(
            "Plenary session of the conference on thirty years of Kazakhstan's foreign policy at KazNU",
            "Пленарное заседание конференции о тридцати годах внешней политики Казахстана в КазНУ",
            "ҚазҰУ-дағы Қазақстан сыртқы саясатының отыз жылына арналған конференцияның пленарлық отырысы",
        ),
        description=Text(
            "Ruslan Karabulov and Michaela Friberg-Story in the presidium of the international scientific-practical conference at Al-Farabi Kazakh National University.",
            "Руслан Карабулов и Микаэла Фриберг-Стори в президиуме международной научно-практической конференции в КазНУ имени аль-Фараби.",
            "Руслан Карабулов пен Микаэла Фриберг-Стори Әл-Фараби атындағы ҚазҰУ-дағы халықаралық ғылыми-практикалық конференцияның президиумында.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("karabulov", PersonRole.DEPICTED), ("friberg_story", PersonRole.DEPICTED)),
        organizations=("kaznu", "mfa_almaty", "un_kazakhstan"),
        place="almaty",
        events=("kaznu-conference-thirty-years-of-foreign-policy-2022",),
        subjects=("diplomatic_service", "education"),
        dimensions="5472 × 3648 px",
    ),
    PhotographData(
        key="kaznu-diplomats",
        title=Text(
            "Ambassadors and consuls general at the KazNU conference",
            "Послы и генеральные консулы на конференции в КазНУ",
            "ҚазҰУ-дағы конференцияға қатысқан елшілер мен бас консулдар",
        ),
        description=Text(
            "Speakers of the plenary session: Yerzhan Ashikbayev, Kęstutis Jankauskas, Jiang Wei, Alexis Shaktahtinsky and Erkin Tukumov.",
            "Выступавшие на пленарном заседании: Ержан Ашикбаев, Кестутис Янкаускас, Цзян Вэй, Алексис Шахтахтинский и Еркин Тукумов.",
            "Пленарлық отырыста сөз сөйлегендер: Ержан Әшікбаев, Кестутис Янкаускас, Цзян Вэй, Алексис Шахтахтинский және Еркін Тұқымов.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        countries=("KZ", "US", "CN", "FR"),
        people=(
            ("ashikbayev", PersonRole.DEPICTED),
            ("jankauskas", PersonRole.DEPICTED),
            ("jiang_wei", PersonRole.DEPICTED),
            ("shaktahtinsky", PersonRole.DEPICTED),
            ("tukumov", PersonRole.DEPICTED),
        ),
        organizations=(
            "kaznu",
            "eu_delegation",
            "cn_consulate",
            "fr_consulate",
            "kisi",
            "kz_embassy_us",
        ),
        place="almaty",
        events=("kaznu-conference-thirty-years-of-foreign-policy-2022",),
        subjects=("multilateral", "bilateral"),
        dimensions="5472 × 3648 px",
    ),
    PhotographData(
        key="friberg-story-speech",
        title=Text(
            "Michaela Friberg-Story addresses the conference at KazNU",
            "Микаэла Фриберг-Стори выступает на конференции в КазНУ",
            "Микаэла Фриберг-Стори ҚазҰУ-дағы конференцияда сөз сөйлеуде",
        ),
        description=Text(
            "The UN Resident Coordinator in Kazakhstan speaking about the education of young people as the foundation of the UN's mission and about the Sustainable Development Goals.",
            "Постоянный координатор ООН в Казахстане говорит об образовании молодёжи как основе миссии ООН и о Целях устойчивого развития.",
            "БҰҰ-ның Қазақстандағы тұрақты үйлестірушісі жастарға білім беру БҰҰ миссиясының негізі екені және Тұрақты даму мақсаттары туралы айтуда.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        people=(("friberg_story", PersonRole.DEPICTED),),
        organizations=("un_kazakhstan", "kaznu"),
        place="almaty",
        events=("kaznu-conference-thirty-years-of-foreign-policy-2022",),
        subjects=("sustainable_development", "education"),
        dimensions="5472 × 3648 px",
    ),
)

GIFTS: tuple[GiftData, ...] = (
    GiftData(
        key="silver-tea-set",
        title=Text(
            "Silver tea set presented by a foreign delegation",
            "Серебряный чайный сервиз, подаренный зарубежной делегацией",
            "Шетелдік делегация сыйлаған күміс шай сервизі",
        ),
        description=Text(
            "Teapot, sugar bowl and six glass holders with chased floral ornament, presented during an official visit to Kazakhstan.",
            "Заварочный чайник, сахарница и шесть подстаканников с чеканным растительным орнаментом, преподнесённые во время официального визита в Казахстан.",
            "Қазақстанға ресми сапар кезінде сыйға тартылған, бедерлі өсімдік өрнегі бар шәйнек, қантсауыт және алты стақан ұстағыш.",
        ),
        date_display="1990s",
        earliest=date(1992, 1, 1),
        latest=date(1999, 12, 31),
        countries=("KZ", "TR"),
        place="almaty",
        subjects=("gifts", "bilateral"),
        storage_location="Gift store, cabinet 1",
        category=GiftCategory.TABLEWARE,
        materials=("silver", "glass"),
        technique="chasing, engraving",
        dimensions="teapot H 22 cm",
        weight_grams=Decimal("2150.0"),
        giver_title="Head of an official delegation",
        giving_country="TR",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
        disposition=GiftDisposition.ON_DISPLAY,
        estimated_value=Decimal("4500000.00"),
        value_currency="KZT",
    ),
    GiftData(
        key="gilded-silver-plate",
        title=Text(
            "Gilded silver commemorative plate",
            "Памятное блюдо из позолоченного серебра",
            "Алтындатылған күмістен жасалған естелік табақ",
        ),
        description=Text(
            "Round plate with an engraved view of the giving country's capital and a dedication to the President of Kazakhstan.",
            "Круглое блюдо с гравированным видом столицы страны-дарителя и посвящением Президенту Казахстана.",
            "Сыйлаушы елдің астанасының гравюралық бейнесі және Қазақстан Президентіне арналған жазуы бар дөңгелек табақ.",
        ),
        date_display="c. 1995",
        earliest=date(1994, 1, 1),
        latest=date(1996, 12, 31),
        countries=("KZ", "UZ"),
        place="almaty",
        subjects=("gifts", "bilateral"),
        storage_location="Gift store, cabinet 1",
        category=GiftCategory.DECORATIVE,
        materials=("silver", "gold"),
        technique="engraving, gilding",
        dimensions="Ø 36 cm",
        weight_grams=Decimal("980.0"),
        giver_title="Head of state on an official visit",
        giving_country="UZ",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
        estimated_value=Decimal("1200.00"),
        value_currency="USD",
    ),
    GiftData(
        key="porcelain-vase",
        title=Text(
            "Porcelain vase with cobalt-blue decoration",
            "Фарфоровая ваза с кобальтовой росписью",
            "Кобальт түсті өрнекпен безендірілген фарфор ваза",
        ),
        description=Text(
            "Tall vase painted with landscapes in underglaze cobalt blue, a traditional form of state gift.",
            "Высокая ваза, расписанная пейзажами подглазурным кобальтом, — традиционный вид государственного подарка.",
            "Глазурь астындағы кобальтпен табиғат көріністері салынған биік ваза — мемлекеттік сыйлықтың дәстүрлі түрі.",
        ),
        date_display="c. 2004",
        earliest=date(2003, 1, 1),
        latest=date(2005, 12, 31),
        countries=("KZ", "CN"),
        place="astana",
        subjects=("gifts", "bilateral"),
        storage_location="Permanent display, hall 2",
        category=GiftCategory.DECORATIVE,
        materials=("porcelain",),
        technique="underglaze painting",
        dimensions="H 58 × Ø 24 cm",
        giver_title="Official delegation",
        giving_country="CN",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
        disposition=GiftDisposition.ON_DISPLAY,
    ),
    GiftData(
        key="porcelain-plates",
        title=Text(
            "Set of porcelain dinner plates",
            "Набор фарфоровых обеденных тарелок",
            "Фарфор ас тәрелкелерінің жиынтығы",
        ),
        description=Text(
            "Six plates with a gold rim and the emblem of the giving ministry, presented to the Ministry of Foreign Affairs of Kazakhstan.",
            "Шесть тарелок с золотым ободком и эмблемой министерства-дарителя, преподнесённые Министерству иностранных дел Казахстана.",
            "Сыйлаушы министрліктің эмблемасы бар, жиегі алтынмен көмкерілген алты тәрелке; Қазақстан Сыртқы істер министрлігіне сыйға тартылған.",
        ),
        date_display="2000s",
        earliest=date(2000, 1, 1),
        latest=date(2009, 12, 31),
        countries=("KZ", "JP"),
        organizations=("mfa",),
        place="astana",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.TABLEWARE,
        materials=("porcelain", "gold"),
        technique="overglaze painting, gilding",
        dimensions="Ø 27 cm each",
        giver_title="Minister of Foreign Affairs on an official visit",
        giving_country="JP",
    ),
    GiftData(
        key="carved-chest",
        title=Text(
            "Carved wooden chest with inlay",
            "Резной деревянный сундук с инкрустацией",
            "Инкрустациямен безендірілген оюлы ағаш сандық",
        ),
        description=Text(
            "Chest of carved hardwood with bone and brass inlay, presented by a visiting delegation.",
            "Сундук из резного твёрдого дерева с инкрустацией костью и латунью, подаренный прибывшей делегацией.",
            "Сапармен келген делегация сыйлаған, сүйек пен жезбен инкрустацияланған қатты ағаштан ойып жасалған сандық.",
        ),
        date_display="c. 2000",
        earliest=date(1999, 1, 1),
        latest=date(2001, 12, 31),
        countries=("KZ", "IN"),
        place="astana",
        subjects=("gifts",),
        storage_location="Permanent display, hall 2",
        category=GiftCategory.DECORATIVE,
        materials=("wood",),
        technique="carving, inlay",
        dimensions="H 45 × W 80 × D 45 cm",
        giver_title="Head of a parliamentary delegation",
        giving_country="IN",
        disposition=GiftDisposition.ON_DISPLAY,
    ),
    GiftData(
        key="inlaid-box",
        title=Text(
            "Inlaid wooden box for documents",
            "Деревянная шкатулка для документов с инкрустацией",
            "Құжаттарға арналған инкрустациялы ағаш қорап",
        ),
        description=Text(
            "Box of walnut with mother-of-pearl inlay, a souvenir presented at bilateral consultations of foreign ministries.",
            "Шкатулка из ореха с инкрустацией перламутром — сувенир, преподнесённый на двусторонних консультациях министерств иностранных дел.",
            "Сыртқы істер министрліктерінің екіжақты консультациялары кезінде сыйға тартылған, седеппен инкрустацияланған жаңғақ ағашынан жасалған қорап.",
        ),
        date_display="2010s",
        earliest=date(2010, 1, 1),
        latest=date(2019, 12, 31),
        countries=("KZ", "TR"),
        organizations=("mfa",),
        place="astana",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.SOUVENIR,
        materials=("wood",),
        technique="marquetry, mother-of-pearl inlay",
        dimensions="H 12 × W 35 × D 25 cm",
        giver_title="Deputy Minister of Foreign Affairs",
        giving_country="TR",
    ),
    GiftData(
        key="un-history-book",
        title=Text(
            "Leather-bound book on the history of the United Nations",
            "Книга по истории Организации Объединённых Наций в кожаном переплёте",
            "Біріккен Ұлттар Ұйымының тарихы туралы былғары мұқабалы кітап",
        ),
        description=Text(
            "Illustrated history of the United Nations in a presentation binding, presented on the 25th anniversary of Kazakhstan's membership.",
            "Иллюстрированная история ООН в подарочном переплёте, преподнесённая к 25-летию членства Казахстана.",
            "Қазақстан мүшелігінің 25 жылдығына сыйға тартылған, сыйлық мұқабасындағы БҰҰ-ның суретті тарихы.",
        ),
        date_display="2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 12, 31),
        organizations=("un",),
        place="astana",
        events=("kazakhstan-un-25-years-2017",),
        subjects=("gifts", "un_membership"),
        category=GiftCategory.BOOK,
        materials=("paper", "leather"),
        technique="offset printing, tooled leather binding",
        dimensions="32 × 25 × 4 cm",
        giver_title="Representative of the United Nations",
        giving_organization="un",
        occasion="kazakhstan-un-25-years-2017",
    ),
    GiftData(
        key="osce-album",
        title=Text(
            "Photograph album of the OSCE Summit in Astana",
            "Фотоальбом саммита ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астана саммитінің фотоальбомы",
        ),
        description=Text(
            "Album of photographs of the summit in a leather binding, presented to the Ministry of Foreign Affairs at the end of Kazakhstan's OSCE chairmanship.",
            "Альбом фотографий саммита в кожаном переплёте, преподнесённый Министерству иностранных дел по завершении председательства Казахстана в ОБСЕ.",
            "Қазақстанның ЕҚЫҰ-ға төрағалығы аяқталған кезде Сыртқы істер министрлігіне сыйға тартылған, былғары мұқабалы саммит фотосуреттерінің альбомы.",
        ),
        date_display="December 2010",
        earliest=date(2010, 12, 1),
        latest=date(2010, 12, 31),
        organizations=("osce", "mfa"),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("gifts", "multilateral"),
        category=GiftCategory.BOOK,
        materials=("paper", "leather"),
        technique="photographic prints, leather binding",
        dimensions="35 × 30 × 5 cm",
        giving_organization="osce",
        occasion="osce-summit-astana-2010",
    ),
    GiftData(
        key="osce-medal",
        title=Text(
            "Commemorative medal of the OSCE Summit in Astana",
            "Памятная медаль саммита ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астана саммитінің естелік медалі",
        ),
        description=Text(
            "Gilded bronze medal in a presentation case, made for the participants of the summit.",
            "Медаль из позолоченной бронзы в футляре, изготовленная для участников саммита.",
            "Саммитке қатысушылар үшін жасалған, қорапшаға салынған алтындатылған қола медаль.",
        ),
        date_display="2010",
        earliest=date(2010, 1, 1),
        latest=date(2010, 12, 31),
        organizations=("osce",),
        place="astana",
        events=("osce-summit-astana-2010",),
        subjects=("gifts", "security"),
        category=GiftCategory.SOUVENIR,
        materials=("bronze", "gold"),
        technique="die-striking, gilding",
        dimensions="Ø 6 cm",
        weight_grams=Decimal("85.0"),
        giving_organization="osce",
        occasion="osce-summit-astana-2010",
    ),
    GiftData(
        key="crystal-bowl",
        title=Text(
            "Crystal bowl with an engraved dedication",
            "Хрустальная чаша с гравированным посвящением",
            "Гравюрамен жазу түсірілген хрусталь тостаған",
        ),
        description=Text(
            "Bowl of cut glass engraved with the date of the establishment of diplomatic relations, presented on an anniversary of the relations.",
            "Чаша из гранёного стекла с гравировкой даты установления дипломатических отношений, подаренная к годовщине отношений.",
            "Дипломатиялық қатынастар орнатылған күні гравюрамен түсірілген қырлы шыныдан жасалған тостаған; қатынастардың мерейтойына сыйға тартылған.",
        ),
        date_display="2016",
        earliest=date(2016, 1, 1),
        latest=date(2016, 12, 31),
        countries=("KZ", "US"),
        place="astana",
        events=("kazakhstan-us-diplomatic-relations-1991",),
        subjects=("gifts", "bilateral"),
        category=GiftCategory.DECORATIVE,
        materials=("glass",),
        technique="cutting, engraving",
        dimensions="H 12 × Ø 25 cm",
        giver_title="Ambassador",
        giving_country="US",
        estimated_value=Decimal("800.00"),
        value_currency="USD",
    ),
    GiftData(
        key="silver-goblet",
        title=Text(
            "Silver goblet with engraved ornament",
            "Серебряный кубок с гравированным орнаментом",
            "Гравюралық өрнегі бар күміс кубок",
        ),
        description=Text(
            "Goblet of silver with an engraved band of ornament, presented at a meeting of heads of state.",
            "Серебряный кубок с гравированным орнаментальным поясом, преподнесённый во время встречи глав государств.",
            "Мемлекет басшыларының кездесуі кезінде сыйға тартылған, өрнекті белдеуі гравюрамен салынған күміс кубок.",
        ),
        date_display="1990s",
        earliest=date(1992, 1, 1),
        latest=date(1999, 12, 31),
        countries=("KZ", "RU"),
        place="almaty",
        subjects=("gifts", "bilateral"),
        storage_location="Permanent display, hall 1",
        category=GiftCategory.TABLEWARE,
        materials=("silver",),
        technique="raising, engraving",
        dimensions="H 24 × Ø 11 cm",
        weight_grams=Decimal("410.0"),
        giver_title="Head of state",
        giving_country="RU",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
        disposition=GiftDisposition.ON_DISPLAY,
    ),
    GiftData(
        key="porcelain-figurine",
        title=Text(
            "Porcelain figurine of a dancer",
            "Фарфоровая статуэтка танцовщицы",
            "Биші бейнеленген фарфор мүсінше",
        ),
        description=Text(
            "Hand-painted figurine of glazed porcelain from a European manufactory, presented during a state visit.",
            "Расписанная вручную статуэтка из глазурованного фарфора европейской мануфактуры, подаренная во время государственного визита.",
            "Мемлекеттік сапар кезінде сыйға тартылған, еуропалық мануфактурада жасалып, қолмен боялған глазурьленген фарфор мүсінше.",
        ),
        date_display="2000s",
        earliest=date(2000, 1, 1),
        latest=date(2009, 12, 31),
        countries=("KZ", "FR"),
        place="astana",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.SCULPTURE,
        materials=("porcelain",),
        technique="moulding, overglaze painting",
        dimensions="H 28 cm",
        giver_title="Head of state on a state visit",
        giving_country="FR",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
    ),
    GiftData(
        key="paris-book",
        title=Text(
            "Illustrated book on the architecture of Paris",
            "Иллюстрированная книга об архитектуре Парижа",
            "Париж сәулеті туралы суретті кітап",
        ),
        description=Text(
            "Large-format book with a printed dedication from the giving embassy, presented to the library of the Foreign Ministry.",
            "Книга большого формата с печатным посвящением от посольства-дарителя, переданная в библиотеку МИД.",
            "Сыйлаушы елшіліктің баспа жолдауы бар үлкен форматты кітап; СІМ кітапханасына тапсырылған.",
        ),
        date_display="2010s",
        earliest=date(2010, 1, 1),
        latest=date(2019, 12, 31),
        countries=("KZ", "FR"),
        organizations=("mfa",),
        place="astana",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.BOOK,
        materials=("paper",),
        technique="offset printing, cloth binding",
        dimensions="34 × 28 × 3 cm",
        giver_title="Embassy",
        giving_country="FR",
    ),
    GiftData(
        key="carved-panel",
        title=Text(
            "Carved wooden panel with a mountain landscape",
            "Резное деревянное панно с горным пейзажем",
            "Тау көрінісі ойылған ағаш панно",
        ),
        description=Text(
            "Relief panel carved from a single board, a souvenir of a meeting of foreign ministers.",
            "Рельефное панно, вырезанное из цельной доски, — сувенир встречи министров иностранных дел.",
            "Тұтас тақтайдан ойылған бедерлі панно — сыртқы істер министрлері кездесуінің кәдесыйы.",
        ),
        date_display="2010s",
        earliest=date(2010, 1, 1),
        latest=date(2019, 12, 31),
        countries=("KZ", "KR"),
        organizations=("mfa",),
        place="astana",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.DECORATIVE,
        materials=("wood",),
        technique="relief carving",
        dimensions="60 × 90 cm",
        giver_title="Minister of Foreign Affairs",
        giving_country="KR",
    ),
    GiftData(
        key="enamel-box",
        title=Text(
            "Silver and enamel souvenir box",
            "Сувенирная шкатулка из серебра с эмалью",
            "Эмальмен безендірілген күміс кәдесый қорап",
        ),
        description=Text(
            "Small box with a painted enamel lid; the giver and the occasion are still being researched.",
            "Небольшая шкатулка с крышкой, расписанной эмалью; даритель и повод дарения ещё уточняются.",
            "Қақпағы эмальмен боялған шағын қорап; сыйлаушы мен сыйлау себебі әлі анықталуда.",
        ),
        date_display="1990s",
        earliest=date(1990, 1, 1),
        latest=date(1999, 12, 31),
        status=DRAFT,
        subjects=("gifts",),
        category=GiftCategory.SOUVENIR,
        materials=("silver", "enamel"),
        technique="painted enamel",
        dimensions="H 4 × W 8 × D 6 cm",
        weight_grams=Decimal("120.0"),
    ),
    GiftData(
        key="woollen-carpet",
        title=Text(
            "Hand-knotted woollen carpet",
            "Шерстяной ковёр ручной работы",
            "Қолмен тоқылған жүн кілем",
        ),
        description=Text(
            "Carpet with a traditional medallion pattern, presented on a state visit by a neighbouring Central Asian state.",
            "Ковёр с традиционным медальонным узором, преподнесённый во время государственного визита соседним государством Центральной Азии.",
            "Мемлекеттік сапар кезінде Орталық Азиядағы көрші мемлекет сыйға тартқан, дәстүрлі медальон өрнекті кілем.",
        ),
        date_display="c. 1997",
        earliest=date(1996, 1, 1),
        latest=date(1998, 12, 31),
        countries=("KZ", "TM"),
        place="almaty",
        subjects=("gifts", "bilateral"),
        category=GiftCategory.TEXTILE,
        materials=("wool",),
        technique="hand-knotting",
        dimensions="300 × 200 cm",
        giver_title="Head of state on a state visit",
        giving_country="TM",
        recipient="nazarbayev",
        recipient_title=_PRESIDENT,
        disposition=GiftDisposition.ON_LOAN,
        estimated_value=Decimal("3000000.00"),
        value_currency="KZT",
    ),
    GiftData(
        key="un25-book",
        title=Text(
            "Commemorative book on 25 years of Kazakhstan's membership of the UN",
            "Юбилейная книга к 25-летию членства Казахстана в ООН",
            "Қазақстанның БҰҰ-ға мүшелігінің 25 жылдығына арналған мерейтойлық кітап",
        ),
        description=Text(
            "Anniversary publication with documents and photographs of Kazakhstan's work in the United Nations, presented to participants of the 2017 anniversary events.",
            "Юбилейное издание с документами и фотографиями о работе Казахстана в ООН, врученное участникам юбилейных мероприятий 2017 года.",
            "Қазақстанның БҰҰ-дағы жұмысы туралы құжаттар мен фотосуреттер енген мерейтойлық басылым; 2017 жылғы мерейтойлық шараларға қатысушыларға табысталған.",
        ),
        date_display="2017",
        earliest=date(2017, 1, 1),
        latest=date(2017, 12, 31),
        organizations=("un_kazakhstan", "mfa"),
        place="astana",
        events=("kazakhstan-un-25-years-2017",),
        subjects=("gifts", "un_membership", "anniversaries"),
        category=GiftCategory.BOOK,
        materials=("paper",),
        technique="offset printing",
        dimensions="30 × 24 × 2 cm",
        giving_organization="un_kazakhstan",
        occasion="kazakhstan-un-25-years-2017",
    ),
    GiftData(
        key="porcelain-tea-bowls",
        title=Text(
            "Set of porcelain tea bowls",
            "Набор фарфоровых пиал",
            "Фарфор кесе жиынтығы",
        ),
        description=Text(
            "Six tea bowls with blue and white decoration, a gift for the thirtieth anniversary of the diplomatic service; the giver is still to be identified.",
            "Шесть пиал с сине-белой росписью — подарок к тридцатилетию дипломатической службы; даритель ещё не установлен.",
            "Көк-ақ өрнекті алты кесе — дипломатиялық қызметтің отыз жылдығына арналған сыйлық; сыйлаушысы әлі анықталмаған.",
        ),
        date_display="2022",
        earliest=date(2022, 1, 1),
        latest=date(2022, 12, 31),
        status=DRAFT,
        organizations=("mfa",),
        place="astana",
        events=("diplomatic-service-30-years-2022",),
        subjects=("gifts", "anniversaries"),
        category=GiftCategory.TABLEWARE,
        materials=("porcelain",),
        technique="underglaze painting",
        dimensions="H 6 × Ø 10 cm each",
        occasion="diplomatic-service-30-years-2022",
    ),
)

RECORDS: tuple[RecordData, ...] = (*DOCUMENTS, *PHOTOGRAPHS, *GIFTS)

# --- Exhibitions ---------------------------------------------------------------------------

VENUES: tuple[VenueData, ...] = (
    VenueData(
        key="baiterek_square",
        name=Text(
            "Square near the Baiterek monument",
            "Площадь у монумента «Байтерек»",
            "«Бәйтерек» монументі маңындағы алаң",
        ),
        place="astana",
        address="Nurzhol Boulevard, Astana",
    ),
    VenueData(
        key="library",
        name=Text(
            "Library of the First President of the Republic of Kazakhstan",
            "Библиотека Первого Президента Республики Казахстан",
            "Қазақстан Республикасының Тұңғыш Президентінің кітапханасы",
        ),
        place="astana",
        organization="library",
    ),
)

EXHIBITIONS: tuple[ExhibitionData, ...] = (
    ExhibitionData(
        slug="diplomatic-service-30-years",
        title=Text(
            "Thirty Years of Kazakhstan's Diplomatic Service",
            "Тридцать лет дипломатической службе Казахстана",
            "Қазақстан дипломатиялық қызметіне отыз жыл",
        ),
        summary=Text(
            "Open-air exhibition of more than one hundred photographs and archival documents on major events of Kazakhstan's foreign policy since independence, opened on 30 June 2022 on the square near the Baiterek monument. Organised by the Ministry of Foreign Affairs together with the Archive of the President of Kazakhstan; announced to run for more than three months (the closing date recorded here is approximate).",
            "Выставка под открытым небом — более ста фотографий и архивных документов о главных событиях внешней политики Казахстана за годы независимости — открылась 30 июня 2022 года на площади у монумента «Байтерек». Организаторы — Министерство иностранных дел совместно с Архивом Президента Республики Казахстан; выставка должна была продлиться более трёх месяцев (дата закрытия указана приблизительно).",
            "Тәуелсіздік жылдарындағы Қазақстан сыртқы саясатының басты оқиғалары туралы жүзден астам фотосурет пен мұрағат құжатынан тұратын ашық аспан астындағы көрме 2022 жылғы 30 маусымда «Бәйтерек» монументі маңындағы алаңда ашылды. Ұйымдастырушылар — Сыртқы істер министрлігі мен Қазақстан Республикасы Президентінің Архиві; көрме үш айдан астам уақытқа жоспарланған (жабылу күні шамамен көрсетілген).",
        ),
        start=date(2022, 6, 30),
        end=date(2022, 10, 1),
        stops=(StopData("baiterek_square", date(2022, 6, 30), date(2022, 10, 1)),),
        organizers=("mfa", "archive"),
        partners=("akimat", "library"),
        events=(
            "diplomatic-service-30-years-exhibition-opening-2022",
            "diplomatic-service-30-years-2022",
        ),
        sections=(
            SectionData(
                "recognition",
                Text(
                    "Independence and recognition",
                    "Независимость и признание",
                    "Тәуелсіздік және мойындау",
                ),
                Text(
                    "In 1991–1992 the new state proclaimed its independence, closed the Semipalatinsk test site and established diplomatic relations with its neighbours and the world.",
                    "В 1991–1992 годах молодое государство провозгласило независимость, закрыло Семипалатинский полигон и установило дипломатические отношения с соседями и миром.",
                    "1991–1992 жылдары жас мемлекет тәуелсіздігін жариялап, Семей полигонын жауып, көршілерімен және әлеммен дипломатиялық қатынастар орнатты.",
                ),
            ),
            SectionData(
                "voice",
                Text(
                    "A voice in the world",
                    "Голос в мире",
                    "Әлемдегі үн",
                ),
                Text(
                    "From the OSCE Summit in Astana to a seat on the UN Security Council: Kazakhstan as host and mediator.",
                    "От саммита ОБСЕ в Астане до места в Совете Безопасности ООН: Казахстан как хозяин встреч и посредник.",
                    "Астанадағы ЕҚЫҰ саммитінен БҰҰ Қауіпсіздік Кеңесіндегі орынға дейін: Қазақстан — келіссөздер алаңы және делдал.",
                ),
            ),
            SectionData(
                "gifts",
                Text("Diplomatic gifts", "Дипломатические подарки", "Дипломатиялық сыйлықтар"),
                Text(
                    "Gifts presented to Kazakhstan's leaders and diplomats by foreign states.",
                    "Подарки, преподнесённые руководителям и дипломатам Казахстана иностранными государствами.",
                    "Шет мемлекеттердің Қазақстан басшылары мен дипломаттарына тарту еткен сыйлықтары.",
                ),
            ),
        ),
        items=(
            ExhibitedData(
                "independence-law",
                Text(
                    "The law of 16 December 1991 that proclaimed independence: the starting point of Kazakhstan's own diplomacy.",
                    "Закон от 16 декабря 1991 года о государственной независимости — отправная точка собственной дипломатии Казахстана.",
                    "Тәуелсіздікті жариялаған 1991 жылғы 16 желтоқсандағы заң — Қазақстанның өз дипломатиясының бастауы.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "suleimenov-portrait",
                Text(
                    "The first foreign minister, at the origins of the diplomatic service.",
                    "Первый министр иностранных дел — у истоков дипломатической службы.",
                    "Тұңғыш сыртқы істер министрі — дипломатиялық қызметтің бастауында.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "china-communique",
                Text(
                    "One of the first steps: diplomatic relations with China from 3 January 1992.",
                    "Один из первых шагов: дипломатические отношения с Китаем с 3 января 1992 года.",
                    "Алғашқы қадамдардың бірі: 1992 жылғы 3 қаңтардан бастап Қытаймен дипломатиялық қатынастар.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "un-flag",
                Text(
                    "2 March 1992: Kazakhstan becomes the 168th member of the United Nations.",
                    "2 марта 1992 года: Казахстан становится 168-м членом ООН.",
                    "1992 жылғы 2 наурыз: Қазақстан БҰҰ-ның 168-мүшесі болды.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "russia-protocol",
                Text(
                    "Diplomatic relations with Russia, established on 22 October 1992.",
                    "Дипломатические отношения с Россией, установленные 22 октября 1992 года.",
                    "1992 жылғы 22 қазанда орнатылған Ресеймен дипломатиялық қатынастар.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "semipalatinsk-decree",
                Text(
                    "29 August 1991: the Semipalatinsk test site is closed.",
                    "29 августа 1991 года: Семипалатинский полигон закрыт.",
                    "1991 жылғы 29 тамыз: Семей полигоны жабылды.",
                ),
                section="recognition",
                case="Panel 1",
            ),
            ExhibitedData(
                "osce-summit-plenary",
                Text(
                    "Astana hosts the OSCE Summit in 2010, the first in eleven years.",
                    "В 2010 году Астана принимает саммит ОБСЕ — первый за одиннадцать лет.",
                    "2010 жылы Астана ЕҚЫҰ саммитін қабылдады — он бір жылдағы алғашқысы.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "astana-declaration",
                Text(
                    "The summit's Astana Commemorative Declaration.",
                    "Астанинская юбилейная декларация саммита.",
                    "Саммиттің Астана мерейтойлық декларациясы.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "unsc-election-moment",
                Text(
                    "June 2016: the moment Kazakhstan was elected to the UN Security Council.",
                    "Июнь 2016 года: момент избрания Казахстана в Совет Безопасности ООН.",
                    "2016 жылғы маусым: Қазақстанның БҰҰ Қауіпсіздік Кеңесіне сайланған сәті.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "unsc-nameplate",
                Text(
                    "2017–2018: a seat at the Security Council table.",
                    "2017–2018 годы: место за столом Совета Безопасности.",
                    "2017–2018 жылдар: Қауіпсіздік Кеңесі үстеліндегі орын.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "astana-talks",
                Text(
                    "Astana as a venue for dialogue: the talks on Syria, 2017.",
                    "Астана как площадка для диалога: переговоры по Сирии, 2017 год.",
                    "Астана — диалог алаңы: Сирия жөніндегі келіссөздер, 2017 жыл.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "reference-186-states",
                Text(
                    "By 2022: diplomatic relations with 186 states.",
                    "К 2022 году: дипломатические отношения со 186 государствами.",
                    "2022 жылға қарай: 186 мемлекетпен дипломатиялық қатынастар.",
                ),
                section="voice",
                case="Panel 2",
            ),
            ExhibitedData(
                "silver-tea-set",
                Text(
                    "Silver: tableware presented by a foreign delegation.",
                    "Серебро: посуда, подаренная зарубежной делегацией.",
                    "Күміс: шетелдік делегация сыйлаған ыдыс-аяқ.",
                ),
                section="gifts",
                case="Case 1",
            ),
            ExhibitedData(
                "gilded-silver-plate",
                Text(
                    "Gold and silver: a commemorative plate.",
                    "Золото и серебро: памятное блюдо.",
                    "Алтын мен күміс: естелік табақ.",
                ),
                section="gifts",
                case="Case 1",
            ),
            ExhibitedData(
                "carved-chest",
                Text("Wood: a carved chest.", "Дерево: резной сундук.", "Ағаш: оюлы сандық."),
                section="gifts",
                case="Case 1",
            ),
            ExhibitedData(
                "porcelain-vase",
                Text(
                    "Porcelain: a vase in cobalt blue.",
                    "Фарфор: ваза с кобальтовой росписью.",
                    "Фарфор: кобальт өрнекті ваза.",
                ),
                section="gifts",
                case="Case 1",
            ),
        ),
    ),
    ExhibitionData(
        slug="kazakhstan-un-25-years",
        title=Text(
            "Kazakhstan and the United Nations: 25 Years of Cooperation",
            "Казахстан и ООН: 25 лет сотрудничества",
            "Қазақстан және БҰҰ: ынтымақтастықтың 25 жылы",
        ),
        summary=Text(
            "Exhibition of archival documents, photographs and diplomatic souvenirs from a quarter of a century of cooperation between Kazakhstan and the United Nations, opened at the Library of the First President in 2017 ahead of the anniversary of Kazakhstan's admission on 2 March 1992. The dates recorded for this demo are approximate.",
            "Выставка архивных документов, фотографий и дипломатических сувениров за четверть века сотрудничества Казахстана и ООН открылась в Библиотеке Первого Президента в 2017 году накануне годовщины принятия Казахстана в ООН 2 марта 1992 года. Даты в демонстрационной записи указаны приблизительно.",
            "Қазақстан мен БҰҰ-ның ширек ғасырлық ынтымақтастығы туралы мұрағат құжаттары, фотосуреттер мен дипломатиялық кәдесыйлар көрмесі 2017 жылы, Қазақстанның 1992 жылғы 2 наурызда БҰҰ-ға қабылданғанының мерейтойы қарсаңында Тұңғыш Президент кітапханасында ашылды. Демонстрациялық жазбадағы күндер шамамен көрсетілген.",
        ),
        start=date(2017, 3, 1),
        end=date(2017, 4, 30),
        stops=(StopData("library", date(2017, 3, 1), date(2017, 4, 30)),),
        organizers=("library",),
        events=("kazakhstan-un-25-years-2017",),
        items=(
            ExhibitedData(
                "un-application",
                Text(
                    "December 1991: Kazakhstan applies to join the United Nations.",
                    "Декабрь 1991 года: Казахстан подаёт заявку на вступление в ООН.",
                    "1991 жылғы желтоқсан: Қазақстан БҰҰ-ға кіруге өтініш берді.",
                ),
            ),
            ExhibitedData(
                "un-admission-resolution",
                Text(
                    "The General Assembly admits Kazakhstan on 2 March 1992.",
                    "Генеральная Ассамблея принимает Казахстан 2 марта 1992 года.",
                    "Бас Ассамблея Қазақстанды 1992 жылғы 2 наурызда қабылдады.",
                ),
            ),
            ExhibitedData(
                "un-flag",
                Text(
                    "The flag of the 168th member state.",
                    "Флаг 168-го государства-члена.",
                    "168-мүше мемлекеттің туы.",
                ),
            ),
            ExhibitedData(
                "un-ga-delegation",
                Text(
                    "The first year in the General Assembly.",
                    "Первый год в Генеральной Ассамблее.",
                    "Бас Ассамблеядағы алғашқы жыл.",
                ),
            ),
            ExhibitedData(
                "resolution-64-35",
                Text(
                    "29 August: a UN day proposed by Kazakhstan.",
                    "29 августа — день ООН, предложенный Казахстаном.",
                    "29 тамыз — Қазақстан ұсынған БҰҰ күні.",
                ),
            ),
            ExhibitedData(
                "nuclear-weapon-free-world-declaration",
                Text(
                    "Towards a nuclear-weapon-free world: the Universal Declaration of 2015.",
                    "К миру без ядерного оружия: Всеобщая декларация 2015 года.",
                    "Ядролық қарусыз әлемге қарай: 2015 жылғы жалпыға бірдей декларация.",
                ),
            ),
            ExhibitedData(
                "unsc-election-statement",
                Text(
                    "Elected to the Security Council for 2017–2018.",
                    "Избрание в Совет Безопасности на 2017–2018 годы.",
                    "2017–2018 жылдарға Қауіпсіздік Кеңесіне сайлану.",
                ),
            ),
            ExhibitedData(
                "un-history-book",
                Text(
                    "A gift for the 25th anniversary of membership.",
                    "Подарок к 25-летию членства.",
                    "Мүшеліктің 25 жылдығына арналған сыйлық.",
                ),
            ),
            ExhibitedData(
                "un25-book",
                Text(
                    "The anniversary publication of 2017.",
                    "Юбилейное издание 2017 года.",
                    "2017 жылғы мерейтойлық басылым.",
                ),
            ),
        ),
    ),
)
