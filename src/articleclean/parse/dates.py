"""Dates in news text: datelines of text dumps and date strings of HTML metadata.

Three small, pure functions, fast enough to run on every line of a dump:

* `parse_date` reads a string that *is* a date (``2019-11-20T05:47:00Z``,
  ``Tue, 19 Nov 2019 10:00:00 GMT``, ``November 19, 2019``...).
* `match_dateline` says whether a line of a dump *is* a dateline: a date (with
  an optional time and zone) and nothing else but furniture words such as
  ``Published``, ``Updated:``, ``Stand:``, weekday names and separators.
* `find_date` finds the first date anywhere in a short text, such as a byline.

>>> parse_date("2019-11-20T05:47:00Z")
datetime.datetime(2019, 11, 20, 5, 47, tzinfo=datetime.timezone.utc)
>>> match_dateline("Updated: 20 November 2019, 10:00 BST").kind
'updated'
>>> match_dateline("On Nov 20, 2019 the court ruled that the law stands.") is None
True
>>> find_date("By Jane Doe | November 19, 2019 10:00 AM EST").when.isoformat()
'2019-11-19T10:00:00-05:00'

The rules, in short:

* **Forms.** Day-month-year and month-day-year with month names (full or
  abbreviated, with or without a dot, any case, genitive forms) in English,
  German, French, Spanish, Portuguese, Italian, Russian, Polish, Dutch, Czech,
  Swedish, Danish, Norwegian, Indonesian, Turkish, Romanian, Ukrainian,
  Finnish, Hungarian, Catalan and Greek; a capitalised month glued to the word
  before it by a raw dump (``SUBSCRIBENov. 20, 2019``);
  year-month-day with a month name (``2019, November 18``); numeric dates
  ``2019-11-19``, ``2019/11/19``, ``2019.11.19``, ``19.11.2019``,
  ``19-11-2019``, ``11/19/2019``, and with a two-digit year ``11/20/19`` or
  ``20.11.19`` (dots only between two-digit numbers, so that versions such as
  ``1.2.19`` are no dates); CJK ``2019年11月19日`` / ``2019년 11월 19일``.
* **Numeric order.** With the year first the order is year-month-day. With the
  year last, slashes are month/day (US) unless the first number exceeds 12, or
  day/month with ``day_first=True`` (the caller knows the page writes them so)
  unless the second number exceeds 12; dots and hyphens are day.month
  (European) unless the second number exceeds 12.
* **Years.** Free-text forms accept years 1990..2100 only; the strict ISO form
  ``YYYY-MM-DD`` (zero-padded) accepts any year. Two-digit years 90..99 are
  1990..1999, the others 2000..2089.
* **Times.** ``14:30``, ``14:30:15.123``, ``5:47 p.m.``, ``5pm``, ``14h30``,
  ``14.30 Uhr``, ``10.30am``, ``kl. 10.30`` and CNN's ``1909 GMT``, after the
  date (``at``, ``um``, ``à``, ``a las``, ``às``, ``@``, ``|``, ``-``, ``,``,
  ``T``, a weekday...) or
  before it (``12:03 GMT, Nov 20, 2019``). With am/pm an hour above 12 is taken
  as a 24-hour hour (``17:26 PM`` is 17:26).
* **Zones.** A datetime is naive unless the text states a zone; then it is
  tz-aware with the fixed offset stated, never converted to UTC. ``Z``, ``UTC``,
  ``GMT`` are offset 0; numeric offsets (``+03:00``, ``+0300``, ``GMT+1``) and
  the abbreviations in `ZONE_OFFSETS` are taken as written (``EST`` is -5 even
  in July). The US generic zones ``ET``, ``CT``, ``MT``, ``PT`` say local time,
  so they get the standard or daylight offset that the US rules (since 2007:
  second Sunday of March to first Sunday of November, 2:00; before: first
  Sunday of April to last Sunday of October) give for that local date and time.
  Ambiguous abbreviations (``AST``, ``AMT``...) are tolerated but give no zone.
* **Days.** A date without a time is midnight, naive: `Article.published` is a
  `datetime` also when only the day is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from articleclean.strings import without_marks

__all__ = [
    "MAX_DATELINE_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "MONTH_NUMBERS",
    "WEEKDAYS",
    "ZONE_OFFSETS",
    "Dateline",
    "find_date",
    "is_day_month",
    "match_dateline",
    "match_datelines",
    "parse_date",
]

MIN_YEAR = 1990
MAX_YEAR = 2100
# A dateline, furniture included, is never longer than this: longer lines are rejected in O(1).
MAX_DATELINE_LENGTH = 200
_MAX_PARSE_LENGTH = 120


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date found in text.

    `when` is naive when the text states no zone, else tz-aware in the stated
    zone; `kind` is ``"published"``, ``"updated"`` or ``"date"`` (no prefix
    word says which); `span` is where the date (with its time and zone) stands
    in the input.
    """

    when: datetime
    kind: str
    span: tuple[int, int]


# --- Words -------------------------------------------------------------------------------------

_MONTHS: dict[int, tuple[str, ...]] = {
    number: tuple(names.split())
    for number, names in enumerate(
        (
            "january jan januar jänner jän janvier janv enero ene janeiro gennaio gen январь января янв styczeń "
            "stycznia januari leden ledna ianuarie ocak tammikuuta január gener січня ιανουαρίου "
            "siječnja siječanj januára януари يناير ינואר",
            "february feb febr februar feber février fevrier févr fevr fév febrero fevereiro fev febbraio февраль "
            "февраля фев февр luty lutego februari únor února februarie şubat subat helmikuuta február febrer "
            "лютого φεβρουαρίου "
            "veljače veljača februára февруари فبراير פברואר",
            "march mar märz maerz mär mrz mars marzo março marco март марта мар marzec marca maart mrt březen "
            "března maret martie mart maaliskuuta március març березня μαρτίου "
            "ožujka ožujak مارس מרץ",
            "april apr avril avr abril abr aprile апрель апреля апр kwiecień kwietnia duben dubna aprilie nisan "
            "huhtikuuta április квітня απριλίου "
            "travnja travanj apríla април أبريل إبريل אפריל",
            "may mai mayo maio maggio mag май мая maj maja mei květen května mayıs mayis toukokuuta május maig "
            "травня μαΐου "
            "svibnja svibanj mája مايو מאי",
            "june jun juni juin junio junho giugno giu июнь июня июн czerwiec czerwca červen června iunie haziran "
            "kesäkuuta június juny червня ιουνίου "
            "lipnja lipanj júna юни يونيو يونيه יוני",
            "july jul juli juillet juil julio julho luglio lug июль июля июл lipiec lipca červenec července iulie "
            "temmuz heinäkuuta július juliol липня ιουλίου "
            "srpnja srpanj júla юли يوليو يوليه יולי",
            "august aug août aout agosto ago август августа авг sierpień sierpnia augustus srpen srpna augusti "
            "agustus ağustos agustos elokuuta augusztus agost серпня αυγούστου "
            "kolovoza kolovoz augusta أغسطس אוגוסט",
            "september sep sept septembre septiembre setiembre setembro set settembre сентябрь сентября сен сент "
            "wrzesień września září septembrie eylül eylul syyskuuta szeptember setembre вересня σεπτεμβρίου "
            "rujna rujan septembra септември سبتمبر ספטמבר",
            "october oct oktober okt octobre octubre outubro out ottobre ott октябрь октября окт październik "
            "października říjen října octombrie ekim lokakuuta október жовтня οκτωβρίου "
            "októbra октомври أكتوبر אוקטובר",
            "november nov novembre noviembre novembro ноябрь ноября ноя нояб listopad listopada listopadu "
            "noiembrie kasım kasim marraskuuta листопада νοεμβρίου "
            "studenoga studenog studeni novembra ноември نوفمبر נובמבר",
            "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre декабрь декабря дек "
            "grudzień grudnia prosinec prosince desember decembrie aralık aralik joulukuuta desembre грудня "
            "δεκεμβρίου "
            "prosinca prosinac decembra декември ديسمبر דצמבר",
        ),
        start=1,
    )
}
# Serbian and Slovenian (Latin), Slovak, Latvian, Estonian and Lithuanian, in the cases their dates use
# (`14. marta 2025.`, `14. marec`, `2025. gada 14. martā`, `14. märtsil 2025`, `2025 m. kovo 14 d.`).
_BALTIC_AND_SLAVIC_MONTHS = (
    "januara januarja januar január janvāris janvārī janvāra jaanuar jaanuari jaanuaril sausio sausis",
    "februara februarja februāris februārī februāra veebruar veebruari veebruaril vasario vasaris",
    "marta marec marts martā märts märtsi märtsil kovo kovas",
    "aprila aprilja aprīlis aprīlī aprīļa aprill aprilli aprillil balandžio balandis",
    "maij maijs maijā maija gegužės gegužė",
    "juna junija jún jūnijs jūnijā jūnija juuni juunil birželio birželis",
    "jula julija júl jūlijs jūlijā jūlija juuli juulil liepos liepa",
    "avgusta augusts augustā augustil rugpjūčio rugpjūtis",
    "septembrī septembris septembril rugsėjo rugsėjis",
    "oktobra oktobrī oktobris oktoober oktoobri oktoobril spalio spalis",
    "novembrī novembris novembril lapkričio lapkritis",
    "decembrī decembris detsember detsembri detsembril gruodžio gruodis",
)
# Malay, Swahili, Tagalog, Thai (full and abbreviated); Hindi, Bengali, Persian and Urdu.
_MORE_MONTHS = (
    "januari enero มกราคม ม.ค. "
    "जनवरी জানুয়ারি জানুয়ারী ژانویه جنوری",
    "februari pebrero กุมภาพันธ์ ก.พ. "
    "फरवरी फ़रवरी ফেব্রুয়ারি ফেব্রুয়ারী فوریه فروری",
    "mac machi marso มีนาคม มี.ค. "
    "मार्च মার্চ مارچ",
    "april aprili abril เมษายน เม.ย. "
    "अप्रैल এপ্রিল آوریل اپریل",
    "mei mayo พฤษภาคม พ.ค. "
    "मई মে مه مئی",
    "jun juni hunyo มิถุนายน มิ.ย. "
    "जून জুন ژوئن جون",
    "julai hulyo กรกฎาคม ก.ค. "
    "जुलाई জুলাই ژوئیه ژوییه جولائی",
    "ogos agosti agosto สิงหาคม ส.ค. "
    "अगस्त আগস্ট اوت آگوست اگست",
    "september septemba setyembre กันยายน ก.ย. "
    "सितंबर सितम्बर সেপ্টেম্বর سپتامبر ستمبر",
    "oktober oktoba oktubre ตุลาคม ต.ค. "
    "अक्टूबर अक्तूबर অক্টোবর اکتبر اکتوبر",
    "november novemba nobyembre พฤศจิกายน พ.ย. "
    "नवंबर नवम्बर নভেম্বর نوامبر نومبر",
    "disember desemba disyembre ธันวาคม ธ.ค. "
    "दिसंबर दिसम्बर ডিসেম্বর دسامبر دسمبر",
)
for _more in (_BALTIC_AND_SLAVIC_MONTHS, _MORE_MONTHS):
    for _number, _names in enumerate(_more, start=1):
        _MONTHS[_number] += tuple(name for name in _names.split() if name not in _MONTHS[_number])
MONTH_NUMBERS: dict[str, int] = {name: number for number, names in _MONTHS.items() for name in names}
# Thai pages count years in the Buddhist era (2567 is 2024) and name their months so.
_THAI_MONTHS = frozenset(name for names in _MORE_MONTHS for name in names.split() if "\u0e00" <= name[0] <= "\u0e7f")
_BUDDHIST_ERA = 543
# Iranian pages date by the Solar Hijri calendar (`۱۶ آبان ۱۴۰۲` is 7 November 2023).
_JALALI_MONTHS: dict[str, int] = {
    name: number
    for number, name in enumerate("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), 1)
}
MONTH_NUMBERS.update(_JALALI_MONTHS)

WEEKDAYS: frozenset[str] = frozenset(
    # English
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    # German
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
    # French
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim "
    # Spanish
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    # Portuguese
    "segunda terça terca quarta quinta sexta feira segunda-feira terça-feira terca-feira quarta-feira "
    "quinta-feira sexta-feira "
    # Italian
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi domenica "
    # Russian
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье "
    "пн вт ср чт пт сб вс "
    # Polish
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    # Vietnamese (`Thứ sáu` is Friday, `Chủ nhật` Sunday: the words of the names)
    "thứ hai ba tư năm sáu bảy chủ nhật "
    # Croatian, Slovenian, Bulgarian, Arabic
    "ponedjeljak utorak srijeda četvrtak petak subota nedjelja ponedeljek torek sreda četrtek nedelja "
    "понеделник вторник сряда четвъртък петък събота неделя "
    "الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    # Dutch
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo "
    # Czech
    "pondělí úterý středa čtvrtek pátek neděle "
    # Swedish, Danish and Norwegian
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
    # Indonesian
    "senin selasa rabu kamis jumat sabtu "
    # Turkish
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
    # Romanian
    "luni marți marţi miercuri joi vineri sâmbătă duminică "
    # Ukrainian
    "понеділок вівторок середа четвер п'ятниця пʼятниця субота неділя "
    # Finnish
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
    # (and in the essive, `Julkaistu tiistaina 14.10.2025`)
    "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina "
    # Hungarian
    "hétfő kedd szerda csütörtök péntek szombat vasárnap "
    # Catalan
    "dilluns dimarts dimecres dijous divendres dissabte diumenge "
    # Malay, Swahili, Tagalog, Thai
    "isnin khamis jumaat ahad jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili "
    "miyerkules huwebes biyernes linggo "
    "วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์ "
    # (and with `ที่` before the day's number, written as one word: `วันอังคารที่ 13 พ.ค. 2568`)
    "วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่ "
    # Hindi, Bengali, Persian (with and without the zero-width non-joiner), Urdu
    "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार "
    "সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার "
    "شنبه یکشنبه یک\u200cشنبه دوشنبه سه\u200cشنبه سهشنبه چهارشنبه پنجشنبه پنج\u200cشنبه جمعه "
    "پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار".split()
)

# Prefix words that say what a date is; the last one before a date decides its kind.
_PUBLISHED_WORDS = frozenset(
    "published publish posted original originally created issued released publié publiée publicado "
    "publicada pubblicato pubblicata opublikowano opublikowany опубликовано опубликован veröffentlicht "
    "publiziert erschienen erstellt gepubliceerd geplaatst publikováno publicerad publiserad publisert "
    "udgivet publiceret diterbitkan yayınlanma yayınlandı publicat julkaistu közzétéve опубліковано "
    "نشر النشر פורסם imechapishwa inilathala เผยแพร่ प्रकाशित প্রকাশ প্রকাশিত انتشار منتشر شائع "
    # South Slavic, Slovak, Baltic and Bulgarian
    "objavljeno objavljen objava uverejnené publikované publicēts avaldatud paskelbta publikuota публикувано "
    "објављено "
    # Greek
    "δημοσίευση δημοσιεύθηκε δημοσιεύτηκε".split()
)
_UPDATED_WORDS = frozenset(
    "updated update modified edited revised aktualisiert aktualisierung geändert stand mis modifié modifiée "
    "actualizado actualizada actualización atualizado atualizada atualização aggiornato aggiornata "
    "aggiornamento modificato zaktualizowano aktualizacja обновлено обновлен обновления изменено "
    "bijgewerkt gewijzigd aangepast aktualizováno uppdaterad oppdatert opdateret diperbarui güncelleme güncellendi "
    "actualizat actualitzat päivitetty frissítve оновлено تحديث التحديث עודכן עדכון dikemas kini imesasishwa "
    "ažurirano ažurirana posodobljeno aktualizované atjaunots atjaunināts uuendatud atnaujinta актуализирано "
    "ажурирано обновено обновена ενημέρωση ενημερώθηκε "
    "อัปเดต อัปเดตล่าสุด แก้ไขล่าสุด अपडेट अपडेटेड আপডেট হালনাগাদ بروزرسانی به\u200cروزرسانی اپڈیٹ اپ ڈیٹ".split()
)


def _zones(table: str) -> dict[str, int]:
    """`"CET=60 EST=-300"` → `{"CET": 60, "EST": -300}` (minutes east of UTC)."""
    return {name: int(minutes) for name, _, minutes in (item.partition("=") for item in table.split())}


# Uppercase-only zone abbreviations: in lowercase they are common words (`et`, `est`, `west`...).
_ZONES_CASED: dict[str, int] = _zones("Z=0 WET=0 WEST=60 EAT=180 WAT=60 SAST=120 WIB=420 EST=-300")
_ZONES_ANY_CASE: dict[str, int] = _zones(
    "UTC=0 GMT=0 UT=0 BST=60 IST=330 CET=60 MEZ=60 CEST=120 MESZ=120 EET=120 EEST=180 MSK=180 PKT=300 SGT=480 "
    "HKT=480 JST=540 KST=540 AWST=480 ACST=570 ACDT=630 AEST=600 AEDT=660 NZST=720 NZDT=780 EDT=-240 CST=-360 "
    "CDT=-300 MST=-420 MDT=-360 PST=-480 PDT=-420 AKST=-540 AKDT=-480 HST=-600"
)
# US generic zones: local time, standard or daylight offset by the US DST rules.
_ZONES_US_GENERIC: dict[str, int] = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
ZONE_OFFSETS: dict[str, int] = {**_ZONES_CASED, **_ZONES_ANY_CASE}
"""Fixed zone abbreviations and their offsets in minutes east of UTC."""

# Words a dateline may carry besides its date: prefixes, connectors, zones, year markers.
_FURNITURE = (
    frozenset(
        (
            "last first latest originally on at the date dated time am pm um uhr h hrs hr and und et y e i и "
            "le la el de del em il lo às as alle ore o godz w в г года r roku du à a las los "
            "zuletzt datum publikacji dodano jour mis fecha data дата публикации op om van "
            "ago hours hour minutes minute mins min seconds days day stunden minuten vor "
            "ist pt ct mt est edt في بتاريخ تاريخ آخر น ساعت صباحا مساء صباحاً مساءً ص م "
            "u ob kell gada m d ч τελευταία"
        ).split()
    )
    | _PUBLISHED_WORDS
    | _UPDATED_WORDS
    | WEEKDAYS
    | frozenset(z.lower() for z in ZONE_OFFSETS)
)
# A line starting with these continues a sentence or citation of the line before it.
_CONTINUATION = frozenset(",.;")
# Between two dates, these make a range (an event's dates), not a dateline.
_RANGE_WORDS = frozenset("- – — -- to bis until till au al a do по".split())
# A label left beside a date (`Air Date:`, `| Source:`) is set off from it by one of these.
_LABEL_DELIMITER_RE = re.compile(r"[:|,•·/()\[\]\-–—]")
# A dateline line does not start with a byline marker: `By Jane Doe on Nov 19, 2019` is a byline.
_BYLINE_MARKERS = frozenset("by von par por di door автор author autor".split())


# --- Patterns ----------------------------------------------------------------------------------


def _alternation(words: list[str] | frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first (so `sept` wins over `sep`)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie(words: list[str] | frozenset[str]) -> str:
    """A regex matching the same words as `_alternation`, as a prefix tree: fast to reject.

    >>> _trie(["sep", "sept", "september"])
    '(?:sep(?:t(?:ember)?)?)'
    >>> [re.fullmatch(_trie(["sep", "sept", "oct"]), w) is not None for w in ("sep", "sept", "oct", "septe")]
    [True, True, True, False]
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(root) + ")"


_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_])"
# A month name starts a word, or a raw dump glued a capitalised month to the word before it
# (`SUBSCRIBENov. 20, 2019`, `@lewis_d_whiteNov 19, 2019`).
_MONTH_START = r"(?:" + _LETTER_BEFORE + r"|(?<=[^\W\d_])(?=(?-i:[A-Z][a-z])))"
_MONTH = _MONTH_START + r"(?P<{p}m>" + _trie(list(MONTH_NUMBERS)) + r")" + _NO_LETTER_AFTER + r"\.?"
_DAY = r"(?<!\d)(?P<{p}d>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er|º|ª|°)?" + _NO_LETTER_AFTER
# A raw dump glues the time after the year (`Nov 15, 20195:45 AM`): a year may run into a clock time.
_GLUED_CLOCK = r"(?=[01]?\d:[0-5]\d)"
_YEAR = r"(?<!\d)(?P<{p}y>\d{{4}})(?:(?!\d)|" + _GLUED_CLOCK + ")"

_FORMS: dict[str, str] = {
    # 19 Nov 2019, 19. November 2019, 20th November 2019, 17 Jan, 2023, 19 de noviembre de 2019
    "dmy": _DAY + r"\.?[\s\-/]*(?:de\s+)?" + _MONTH + r",?[\s\-/]*(?:(?:de|del)\s+)?" + _YEAR,
    # November 19, 2019, Nov. 18th 2019, Nov 19 2019
    "mdy": _MONTH + r"[\s\-]*" + _DAY + r"\s*,?[\s\-/]*" + _YEAR,
    # 2019-11-19, 2019/11/19, 2019.11.19 (and ISO with a time after it)
    "ymd": r"(?<![\d.])(?P<{p}y>\d{{4}})(?P<{p}s>[-/.])(?P<{p}m>1[0-2]|0?[1-9])(?P={p}s)"
    r"(?P<{p}d>3[01]|[12]\d|0?[1-9])(?!\d|\.\d)",
    # 19.11.2019, 11/19/2019, 19-11-2019, 3. 11. 2022 (Czech and Slovak space after each dot)
    "num": r"(?<![\d.,/])(?P<{p}a>\d{{1,2}})(?P<{p}s>[./-])(?:(?<=\.)\s)?(?P<{p}b>\d{{1,2}})(?P={p}s)(?:(?<=\.)\s)?"
    r"(?P<{p}y>\d{{4}})(?!\d|\.\d)",
    # 11/20/19, 20.11.19: two-digit years, with slashes, or with dots between two-digit numbers
    "num2": r"(?<![\d.,/])(?:(?P<{p}a>\d{{1,2}})(?P<{p}s>/)(?P<{p}b>\d{{1,2}})/"
    r"|(?P<{p}a2>\d\d)(?P<{p}s2>\.)(?P<{p}b2>\d\d)\.)(?P<{p}y>\d\d)(?!\d|[./]\d)",
    # 2019年11月19日, 2019년 11월 19일
    "cjk": r"(?<!\d)(?P<{p}y>\d{{4}})\s*[年년]\s*(?P<{p}m>1[0-2]|0?[1-9])\s*[月월]\s*"
    r"(?P<{p}d>3[01]|[12]\d|0?[1-9])\s*[日일]",
    # 2019, November 18 (citations), 2019. november 19., Lithuanian 2019 m. lapkričio 19 d.
    "ymdw": _YEAR + r"\.?,?\s+(?:m\.\s*)?" + _MONTH + r"\s*" + _DAY + r"(?:\s*d\.)?",
    # Latvian 2019. gada 19. novembrī
    "ygdm": _YEAR + r"\.\s+gada\s+" + _DAY + r"\.\s*" + _MONTH,
}


def _forms(*names: str) -> re.Pattern[str]:
    """One regex for some `_FORMS`, each in a group named after it (`match.lastgroup` says which)."""
    return re.compile("|".join(f"(?P<{name}>{_FORMS[name].format(p=name + '_')})" for name in names), re.IGNORECASE)


# Dates are looked for around a year (see `_YEAR_RE`): forms that end with it, forms that start
# with it, and numeric dates with a two-digit year.
_YEAR_LAST_RE = _forms("dmy", "mdy", "num")
_YEAR_FIRST_RE = _forms("ymd", "cjk", "ymdw", "ygdm")
_SHORT_YEAR_RE = _forms("num2")

_ZONE_CASED = _alternation(list(_ZONES_CASED) + list(_ZONES_US_GENERIC))
_ZONE_ANY_CASE = _alternation(list(_ZONES_ANY_CASE))
# A zone, `Uhr` or `PM` ends a word, or a raw dump glued the next block to it (`9:28 AM UTCBy Reuters`).
_GLUED_END = r"(?:" + _NO_LETTER_AFTER + r"|(?=(?-i:[A-Z][a-z])))"
_ZONE = (
    r"(?:(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?(?!\d)"  # GMT+1, UTC+05:30
    r"|[+\-−](?:0\d|1[0-4]):?[0-5]\d(?!\d)"  # +03:00, +0300
    r"|[+\-−](?:0\d|1[0-4])(?![\d:])"  # +03
    rf"|(?-i:{_ZONE_CASED}){_GLUED_END}"  # Z, EST, ET: uppercase only
    rf"|(?:{_ZONE_ANY_CASE}){_GLUED_END})"  # GMT, CET, ist
)
# A dotted time is a time after Scandinavian `kl.` (`kl. 10.30`): lookbehinds, each of one width.
_AFTER_KL = "".join(
    rf"|(?<=kl{dot}{space}{hour}\.\d\d)" for dot in ("", ".") for space in ("", " ") for hour in (r"\d", r"\d\d")
) + "".join(rf"|(?<=\bob {hour}\.\d\d)" for hour in (r"\d", r"\d\d"))  # and after Slovenian `ob` (`ob 10.45`)
_AMPM = rf"[ap]\.?\s?m(?:\.|{_GLUED_END})"
_TIME = (
    r"(?:(?<![\d:.])|(?<=(?<!\d)(?:19|20)\d\d))(?:"  # glued to a year, see _GLUED_CLOCK
    r"(?P<h>2[0-3]|[01]?\d)(?:"
    r":(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d|60)(?:[.,](?P<f>\d{1,9}))?)?"  # 14:30, 14:30:15.123
    # 10.30am, 14.30 Uhr, 06.00 GMT (British papers), kl. 10.30
    rf"|\.(?P<mi_dot>[0-5]\d)(?:(?=\s?(?:{_AMPM}|uhr|h{_NO_LETTER_AFTER}|(?:GMT|BST){_NO_LETTER_AFTER})){_AFTER_KL})"
    rf"|\s?h(?:\s?(?P<mi_h>[0-5]\d))?{_GLUED_END}"  # 14h30, 14h
    rf"|(?=\s?{_AMPM}))(?!\d)"  # 5 pm
    rf"(?:\s?(?P<ap>[ap])\.?\s?m(?:\.|{_GLUED_END}))?"  # am, p.m.
    rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s?{_ZONE})"  # 1909 GMT (CNN)
    r"|(?P<hc>2[0-3]|[01]?\d)\s?[時时시]\s?(?:(?P<mc>[0-5]?\d)\s?[分분])?"  # 15時30分, 15시 30분
    r")"
    rf"(?:\s?(?:uhr|hrs?|hs)\.?{_GLUED_END})?"
    rf"(?:\s?\(?(?P<z>{_ZONE})\)?)?"
)
_TIME_RE = re.compile(_TIME, re.IGNORECASE)

# What may stand between a date and the time after it.
_CONNECTOR = r"(?:at|um|à|a\s+las?|às|as|alle|ore|o(?:\s+godz\.?)?|godz\.?|в|om|klo|kl\.?|on|u|ob|kell)(?=[\s\d])\s*"
_YEAR_TAIL = r"(?:\s*(?:г|года|r|roku)\.?" + _NO_LETTER_AFTER + r")?"
_SEPARATORS = r"[\s,;|/•·@~\-–—]*"
_WEEKDAY = _LETTER_BEFORE + _trie(WEEKDAYS) + _NO_LETTER_AFTER + r"\.?"
# The weekday may stand between the date and its time (Turkish `19 Kasım 2019 Salı 14:30`).
_SUFFIX_RE = re.compile(
    rf"{_YEAR_TAIL}(?:T(?=\d)|(?:{_SEPARATORS}{_WEEKDAY})?{_SEPARATORS}(?:{_CONNECTOR})?){_TIME}", re.IGNORECASE
)
# A time before the date (`12:03 GMT, Nov 20, 2019`): matched up to the date's start (`$` at endpos).
_PREFIX_RE = re.compile(
    _TIME + r"(?:\s*\([^()]{0,40}\))?" + _SEPARATORS + r"(?:(?:on|le|el|am|il|the)\s+)?"
    r"(?:" + _WEEKDAY + r"[\s,]*)?$",
    re.IGNORECASE,
)
_PREFIX_WINDOW = 60

_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)"
    r"(?:[T ](?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s?(?P<z>Z|[+\-−]\d\d(?::?\d\d)?)?)?",
    re.IGNORECASE,
)

# Every date form has a four-digit year or is a numeric date with a two-digit year; this
# cheap test rejects most lines, and dates are looked for only this far around a year.
_TRAILING_PARENTHESES_RE = re.compile(r"\s*\([^()]*\)$")
_YEAR_RE = re.compile(
    r"(?<!\d)\d{4}(?:(?!\d)|" + _GLUED_CLOCK + r")|(?P<short>(?<![\d.,/])\d\d?[./]\d\d?[./]\d\d(?!\d))"
)
_PRECHECK_RE = re.compile(r"\d(?:\d\d\d|[./]\d\d?[./]\d\d)")  # starts with a digit class: fast to scan
_BEFORE_YEAR = 32
# A word with its combining marks, which `re` does not count as word characters: Arabic and Hebrew
# vowel points (`نُشر`), the vowel signs of Devanagari, Bengali and Thai (`อัปเดต`).
_POINTS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670"
_MARKS = _POINTS + "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983"
_MARKS += "\u09bc-\u09d7\u09e2\u09e3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c"  # and Persian's zero-width non-joiner
# (an apostrophe inside a Cyrillic word is a letter's mark: Ukrainian `п'ятниця`, written with `'`, `’` or `ʼ`)
_WORD_RE = re.compile(rf"\w(?:\w|[{_MARKS}]|(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff]))*")
_POINTS_RE = re.compile(f"[{_POINTS}]")  # optional in writing: the word lists have none


def _word_key(word: str) -> str:
    """A word as the word lists write it: lower case, without vowel points.

    >>> _word_key("نُشر"), _word_key("Published")
    ('نشر', 'published')
    """
    if word.isascii():
        return word.lower()
    return _POINTS_RE.sub("", word).lower().replace("’", "'").replace("ʼ", "'")
# What a dateline may say besides its date: how long ago, or how long the story takes to read (`· 7 min read`).
_RELATIVE_RE = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)\b|\b\d+\s*min(?:ute)?s?\.?\s+read\b",
    re.IGNORECASE,
)
# A day and month without a year, as in `Updated November 18 at 4:46 PM` after a full date.
_PARTIAL_MDY = _MONTH.format(p="a") + r"\s*" + _DAY.format(p="a")
_PARTIAL_DMY = _DAY.format(p="b") + r"\.?\s*(?:de\s+)?" + _MONTH.format(p="b")
_PARTIAL_DATE_RE = re.compile(f"{_PARTIAL_MDY}|{_PARTIAL_DMY}", re.IGNORECASE)


# --- Building datetimes ------------------------------------------------------------------------

_TZ_CACHE: dict[int, timezone] = {0: timezone.utc}


def _fixed_zone(minutes: int) -> timezone | None:
    """A `timezone` for an offset in minutes; None when no real zone has that offset."""
    if abs(minutes) > 14 * 60:
        return None
    zone = _TZ_CACHE.get(minutes)
    if zone is None:
        zone = _TZ_CACHE[minutes] = timezone(timedelta(minutes=minutes))
    return zone


def _nth_sunday(year: int, month: int, n: int) -> int:
    """The day of the month of the n-th Sunday (n = -1: the last one)."""
    if n > 0:
        first = datetime(year, month, 1).weekday()  # Monday = 0
        return 1 + (6 - first) % 7 + 7 * (n - 1)
    last = datetime(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last.day - (last.weekday() + 1) % 7


def _us_daylight_saving(local: datetime) -> bool:
    """Whether a US local time (naive) falls in daylight saving time.

    >>> _us_daylight_saving(datetime(2019, 7, 4, 12)), _us_daylight_saving(datetime(2019, 11, 19, 12))
    (True, False)
    """
    year = local.year
    if year >= 2007:
        start = datetime(year, 3, _nth_sunday(year, 3, 2), 2)
        end = datetime(year, 11, _nth_sunday(year, 11, 1), 2)
    else:
        start = datetime(year, 4, _nth_sunday(year, 4, 1), 2)
        end = datetime(year, 10, _nth_sunday(year, 10, -1), 2)
    return start <= local < end


def _zone(text: str, local: datetime) -> timezone | None:
    """The tzinfo for a zone as written (`GMT`, `+03:00`, `UTC+5:30`, `ET`); None if unknown.

    >>> _zone("+0530", datetime(2019, 1, 1))
    datetime.timezone(datetime.timedelta(seconds=19800))
    >>> _zone("ET", datetime(2019, 7, 1, 9)).utcoffset(None)
    datetime.timedelta(days=-1, seconds=72000)
    """
    text = text.replace("−", "-").replace(" ", "")
    upper = text.upper()
    if upper[:3] in ("UTC", "GMT") and len(upper) > 3:
        upper = upper[3:]
    if upper[0] in "+-":
        sign = -1 if upper[0] == "-" else 1
        digits = upper[1:].replace(":", "")
        if len(digits) <= 2:
            hours, minutes = int(digits), 0
        else:
            hours, minutes = int(digits[:-2]), int(digits[-2:])
        return _fixed_zone(sign * (hours * 60 + minutes))
    if text in _ZONES_US_GENERIC:
        standard = _ZONES_US_GENERIC[text]
        return _fixed_zone(standard + 60 if _us_daylight_saving(local) else standard)
    offset = ZONE_OFFSETS.get(text, _ZONES_ANY_CASE.get(upper))
    return None if offset is None else _fixed_zone(offset)


def _clock(match: re.Match[str]) -> tuple[int, int, int, int]:
    """Hour, minute, second, microsecond of a `_TIME` match (am/pm applied)."""
    if match["hh"] is not None:
        return int(match["hh"]), int(match["mm"]), 0, 0
    if match["hc"] is not None:
        return int(match["hc"]), int(match["mc"] or 0), 0, 0
    hour = int(match["h"])
    minute = int(match["mi"] or match["mi_dot"] or match["mi_h"] or 0)
    second = min(int(match["s"] or 0), 59)
    fraction = match["f"]
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    ampm = match["ap"]
    if ampm is not None and 1 <= hour <= 12:
        if ampm.lower() == "p" and hour != 12:
            hour += 12
        elif ampm.lower() == "a" and hour == 12:
            hour = 0
    return hour, minute, second, micro


def _with_time(day: datetime, match: re.Match[str] | None) -> datetime:
    """The day at the time of a `_TIME` match, in its zone when it states one."""
    if match is None:
        return day
    hour, minute, second, micro = _clock(match)
    local = day.replace(hour=hour, minute=minute, second=second, microsecond=micro)
    zone_text = match["z"]
    if zone_text is None:
        return local
    zone = _zone(zone_text, local)
    return local if zone is None else local.replace(tzinfo=zone)


def _numeric_order(first: int, second: int, separator: str, day_first: bool = False) -> tuple[int, int]:
    """(month, day) of a numeric date with the year last: `/` is US order (day first with `day_first`),
    `.` and `-` European.

    >>> _numeric_order(11, 19, "/"), _numeric_order(20, 11, "/"), _numeric_order(5, 2, "/", day_first=True)
    ((11, 19), (11, 20), (2, 5))
    >>> _numeric_order(19, 11, "."), _numeric_order(11, 15, ".")
    ((11, 19), (11, 15))
    """
    if separator == "/":
        if day_first:
            return (first, second) if second > 12 else (second, first)
        return (second, first) if first > 12 else (first, second)
    return (first, second) if second > 12 else (second, first)


# Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width...) read as ASCII
# ones: one character for one, so spans found in the translated text hold in the original.
_ASCII_DIGITS = {
    zero + n: ord("0") + n
    for zero in (0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0x1040, 0x17E0, 0xFF10)
    for n in range(10)
}


def _ascii_digits(text: str) -> str:
    """`text` with the digits of other scripts written as ASCII digits.

    >>> _ascii_digits("২৩ আগস্ট ২০২৩"), _ascii_digits("۱۶ آبان ۱۴۰۲")
    ('23 আগস্ট 2023', '16 آبان 1402')
    """
    return text if text.isascii() else text.translate(_ASCII_DIGITS)


_JALALI_OFFSET = 621  # 1402 began in March 2023
_DAYS_400_YEARS = 146097


def gregorian_of_jalali(year: int, month: int, day: int) -> datetime:
    """The day of the Gregorian calendar that a Solar Hijri (Jalali) date names; ValueError if there is none.

    The arithmetic of the 33-year cycle (as in `jalaali-js`), exact for the years of news pages.

    >>> gregorian_of_jalali(1402, 8, 16).date(), gregorian_of_jalali(1403, 1, 1).date()
    (datetime.date(2023, 11, 7), datetime.date(2024, 3, 20))
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no Jalali day {year}-{month}-{day}")
    days = 365 * (year + 1595) + (year + 1595) // 33 * 8 + ((year + 1595) % 33 + 3) // 4 - 355668 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    return datetime(400, 1, 1) + timedelta(days=days - _DAYS_400_YEARS)  # `days` counts from 1 January of year 0


def _day_of(match: re.Match[str], day_first: bool = False) -> datetime | None:
    """The day a `_forms` match names; None when it is impossible or out of range."""
    form = match.lastgroup
    group = match.group
    year = int(group(f"{form}_y"))
    if form == "num":
        month, day = _numeric_order(int(group("num_a")), int(group("num_b")), group("num_s"), day_first)
    elif form == "num2":
        year += 1900 if year >= 90 else 2000
        if group("num2_s"):
            month, day = _numeric_order(int(group("num2_a")), int(group("num2_b")), "/", day_first)
        else:
            month, day = _numeric_order(int(group("num2_a2")), int(group("num2_b2")), ".")
    else:
        month_text = group(f"{form}_m")
        month = int(month_text) if month_text.isdigit() else MONTH_NUMBERS[month_text.lower()]
        day = int(group(f"{form}_d"))
        if year > MAX_YEAR and month_text.lower() in _THAI_MONTHS:
            year -= _BUDDHIST_ERA
        elif month_text in _JALALI_MONTHS:
            if not MIN_YEAR - _JALALI_OFFSET <= year <= MAX_YEAR - _JALALI_OFFSET:
                return None
            try:
                return gregorian_of_jalali(year, month, day)
            except ValueError:
                return None
    strict_iso = form == "ymd" and group("ymd_s") == "-" and match.end() - match.start() == 10
    if not strict_iso and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


# --- Finding dates -----------------------------------------------------------------------------


def _kind(text: str, start: int, end: int) -> str:
    """`published`, `updated` or `date`: the last kind word in `text[start:end]` decides."""
    for word in reversed(_WORD_RE.findall(text, start, end)):
        low = _word_key(word)
        if low in _PUBLISHED_WORDS:
            return "published"
        if low in _UPDATED_WORDS:
            return "updated"
    return "date"


def _iter_datelines(text: str, day_first: bool = False) -> Iterator[Dateline]:
    """Every date in `text` with the time next to it, left to right, without overlaps."""
    pos = previous_end = 0
    for year in _YEAR_RE.finditer(text):
        at = year.start()
        if at < pos:
            continue
        if year.lastgroup == "short":
            match = _SHORT_YEAR_RE.match(text, at)
        else:
            match = _YEAR_LAST_RE.search(text, max(pos, at - _BEFORE_YEAR), year.end())
            if match is None:
                match = _YEAR_FIRST_RE.match(text, at)
        if match is None:
            continue
        day = _day_of(match, day_first)
        if day is None:
            continue
        start, end = match.span()
        time = _SUFFIX_RE.match(text, end)
        if time is not None:
            end = time.end()
        else:
            time = _PREFIX_RE.search(text, max(previous_end, start - _PREFIX_WINDOW), start)
            if time is not None:
                start = time.start()
        yield Dateline(_with_time(day, time), _kind(text, previous_end, start), (start, end))
        pos = previous_end = end


# The day in the Hijri calendar beside the Gregorian one (`الاثنين - 19 ذو القعدة 1445 هـ - 27 مايو 2024 مـ`): furniture
# of the dateline, whose Gregorian day is read (and `مـ`, the Gregorian era's mark).
_HIJRI_DATE_RE = re.compile(
    r"\d{1,2}\s+(?:محرم|صفر|ربيع\s+(?:الأول|الآخر|الثاني)|جمادى\s+(?:الأولى|الآخرة|الأول|الثاني|الآخر)|رجب|شعبان"
    r"|رمضان|شوال|ذو\s+القعدة|ذو\s+الحجة)\s+\d{3,4}\s*(?:هـ|ه)?(?!\w)|(?<!\w)مـ(?!\w)"
)


def _only_furniture(pieces: list[str], allowed: int) -> bool:
    """Whether the text pieces left around dates are furniture, plus at most `allowed` labels.

    A label is a capitalised token or one in a caseless script (`Source`,
    `UK`, `기사입력`), set off from the date by punctuation (`Air Date:`,
    `..., UK`): `Opening Bell 11.18.19` is a headline. A lowercase word that is
    not furniture means a sentence.
    """
    left: list[str] = []
    for piece in pieces:
        piece = _TIME_RE.sub(" ", _PARTIAL_DATE_RE.sub(" ", _RELATIVE_RE.sub(" ", piece)))
        if "هـ" in piece or "مـ" in piece:
            piece = _HIJRI_DATE_RE.sub(" ", piece)
        labels = 0
        for token in _WORD_RE.findall(piece):
            if _word_key(token) in _FURNITURE:
                continue
            token = without_marks(token)
            if len(left) >= allowed or len(token) > 15 or not token.isalpha() or token[0].islower():
                return False
            left.append(token)
            if not (token.isupper() and len(token) <= 5):  # an unknown zone (`11:28 AMT`) needs no delimiter
                labels += 1
        if labels and not _LABEL_DELIMITER_RE.search(piece):
            return False
    return not left or left[0].lower() not in _BYLINE_MARKERS


# --- API ---------------------------------------------------------------------------------------


def parse_date(text: str) -> datetime | None:
    """Parse a string that is a date or datetime; None if it is not one.

    Reads ISO 8601 (any year, `Z`, offsets, fractions), RFC 2822 and the
    human forms of this module. Furniture words and weekdays may surround the
    date, nothing else.

    >>> parse_date("2019-11-19T08:57:45.123+01:00")
    datetime.datetime(2019, 11, 19, 8, 57, 45, 123000, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
    >>> parse_date("Tue, 19 Nov 2019 10:00:00 GMT")
    datetime.datetime(2019, 11, 19, 10, 0, tzinfo=datetime.timezone.utc)
    >>> parse_date("19. November 2019")
    datetime.datetime(2019, 11, 19, 0, 0)
    >>> parse_date("2019") is None, parse_date("the 19.11.2019 meeting") is None
    (True, True)
    """
    text = _ascii_digits(text.strip())
    if len(text) > _MAX_PARSE_LENGTH or not _PRECHECK_RE.search(text):
        return None
    if text.endswith(")"):  # JavaScript's `... GMT+0000 (Coordinated Universal Time)`
        text = _TRAILING_PARENTHESES_RE.sub("", text)
    iso = _ISO_RE.fullmatch(text)
    if iso is not None:
        return _from_iso(iso)
    first = None
    pieces = []
    pos = 0
    for found in _iter_datelines(text):
        if first is not None:
            return None  # two dates: not one date
        first = found
        pieces.append(text[pos : found.span[0]])
        pos = found.span[1]
    if first is None:
        return None
    pieces.append(text[pos:])
    return first.when if _only_furniture(pieces, 0) else None


def _from_iso(match: re.Match[str]) -> datetime | None:
    """The datetime of an `_ISO_RE` match; None when a field is out of range."""
    try:
        day = datetime(int(match["y"]), int(match["mo"]), int(match["d"]))
        if match["h"] is None:
            return day
        fraction = match["f"]
        local = day.replace(
            hour=int(match["h"]),
            minute=int(match["mi"]),
            second=min(int(match["s"] or 0), 59),
            microsecond=int(fraction[:6].ljust(6, "0")) if fraction else 0,
        )
    except ValueError:
        return None
    if match["z"] is None:
        return local
    zone = _fixed_zone(0) if match["z"] in "Zz" else _zone(match["z"], local)
    return None if zone is None else local.replace(tzinfo=zone)


def match_dateline(line: str, day_first: bool = False) -> Dateline | None:
    """The dateline this line is, or None: a date plus only furniture around it.

    Furniture: prefixes (Published, Updated, Last updated, Posted on,
    Veröffentlicht, Stand:, Publié le, Mis à jour le, Publicado, Pubblicato,
    Opublikowano, Опубликовано...), weekdays, connectors (at, um, à, a las),
    separators, zones, another date or time (`Published ... | Updated ...`),
    relative times (`Updated 14 hours ago`), and at most two capitalised label
    tokens set off by punctuation (`Air Date:`, `| Source:`). Any lowercase
    word that is not furniture, any other number, or a leading byline marker
    (`By ...`) means the line is not a dateline; so does a line that starts
    with `,` `.` `;` (the tail of a sentence or citation, `," Oct. 13, 2019`)
    or holds a range (`~`, or two dates joined by only `-` or `to`). When the
    line has several dates, the one it calls published wins, else the first.

    >>> found = match_dateline("Nov. 19, 2019 5:47 p.m. ET")
    >>> found.when.isoformat(), found.kind, found.span
    ('2019-11-19T17:47:00-05:00', 'date', (0, 26))
    >>> match_dateline("Stand: 19.11.2019, 14:30 Uhr").when
    datetime.datetime(2019, 11, 19, 14, 30)
    >>> match_dateline("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET").kind
    'published'
    >>> match_dateline("By 2030 the plan will be done") is None
    True
    """
    found = match_datelines(line, day_first)
    if not found:
        return None
    return next((d for d in found if d.kind == "published"), found[0])


# A day and month without a year, alone on its line or after a section's name (`Транспорт, 4 февраля`,
# `Sport · 18 ottobre`, `Nov 19, 14:30`): a teaser's date; a story's dateline states its year.
_DAY_MONTH_RE = re.compile(
    r"(?:[^\d\n]{1,30}?\s*[,·|•–—-]\s*)?(?:"
    + _DAY.format(p="a") + r"\.?\s*(?:de\s+)?" + _MONTH.format(p="a")
    + "|" + _MONTH.format(p="b") + r"\s*" + _DAY.format(p="b")
    + r"|(?:1[0-2]|0?[1-9])\s*[月월]\s*(?:3[01]|[12]\d|0?[1-9])\s*[日일]"  # CJK `3月3日`, `3월 3일`
    + r")\.?(?:\s*,?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d)?",
    re.IGNORECASE,
)
MAX_DAY_MONTH_LENGTH = 50


def is_day_month(line: str) -> bool:
    """A day and month with no year make the whole (short) line, maybe after a section's name.

    >>> is_day_month("Транспорт, 4 февраля"), is_day_month("Sport · 18 ottobre"), is_day_month("Nov 19")
    (True, True, True)
    >>> is_day_month("19 November 2019"), is_day_month("4 killed in March attack"), is_day_month("3月3日 19:40")
    (False, False, True)
    """
    return len(line) <= MAX_DAY_MONTH_LENGTH and _DAY_MONTH_RE.fullmatch(line.strip()) is not None


def match_datelines(line: str, day_first: bool = False) -> list[Dateline]:
    """Every date of the dateline this line is (see `match_dateline`), left to right; [] if it is none.

    >>> [(d.when.day, d.kind) for d in match_datelines("Publié le 19/11/2019 à 10h30 - Mis à jour le 20/11/2019")]
    [(19, 'published'), (20, 'updated')]
    """
    if len(line) > MAX_DATELINE_LENGTH or not _PRECHECK_RE.search(line):
        return []
    line = _ascii_digits(line)
    if line.lstrip()[:1] in _CONTINUATION or "~" in line:
        return []  # the tail of a sentence or citation (`," Oct. 13, 2019`), or a range (`2018.04.05 ~`)
    found = list(_iter_datelines(line, day_first))
    if not found:
        return []
    pieces = []
    pos = 0
    for dateline in found:
        pieces.append(line[pos : dateline.span[0]])
        pos = dateline.span[1]
    pieces.append(line[pos:])
    days = {dateline.when.date() for dateline in found}
    if len(days) > 1 and any(piece.strip().lower() in _RANGE_WORDS for piece in pieces[1:-1]):
        return []  # `19.11.2019 - 22.11.2019`: the dates of an event (one day in two calendars is no range)
    if not _only_furniture(pieces, 2):
        return []
    return found


_MAX_UPDATE_TIME_LENGTH = 40


def update_time_alone(line: str) -> tuple[int, int] | None:
    """The hour and minute of an update line that states a time and no date (`Atualizado às 11:48`,
    `Aktualisiert um 11:48 Uhr`): under a dateline, the time of day it was updated; None for other lines.

    >>> update_time_alone("Atualizado às 11:48"), update_time_alone("Updated 4:05 pm")
    ((11, 48), (16, 5))
    >>> update_time_alone("11:48"), update_time_alone("Updated on 12 May 2025, 11:48")
    (None, None)
    """
    if len(line) > _MAX_UPDATE_TIME_LENGTH:
        return None
    line = _ascii_digits(line)
    time = _TIME_RE.search(line)
    if time is None or _TIME_RE.search(line, time.end()) is not None:
        return None
    minute = time["mi"] or time["mi_dot"] or time["mi_h"]
    words = [_word_key(word) for word in _WORD_RE.findall(line[: time.start()] + " " + line[time.end() :])]
    if minute is None or not any(word in _UPDATED_WORDS for word in words):
        return None
    if not all(word in _FURNITURE for word in words):
        return None
    hour = int(time["h"])
    if time["ap"]:
        hour = hour % 12 + (12 if time["ap"].lower() == "p" else 0)
    return hour, int(minute)


def find_date(text: str, day_first: bool = False) -> Dateline | None:
    """The first date anywhere in a short text, with the time next to it; None if there is none.

    >>> found = find_date("Posted by Jane Doe on Tuesday, 19 Nov 2019 at 14:30 CET. Share")
    >>> found.when.isoformat(), found.kind
    ('2019-11-19T14:30:00+01:00', 'published')
    >>> find_date("Call 555-2019 for tickets") is None
    True
    """
    if not _PRECHECK_RE.search(text):
        return None
    return next(_iter_datelines(_ascii_digits(text), day_first), None)
