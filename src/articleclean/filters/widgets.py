"""Widgets a page sets inside or around a story: paywall prompts, photo-gallery links, audio players,
reading times, sign-offs (`(dpa)`, `— With files from The Canadian Press`) and notes (a copyright line,
an opinion disclaimer, an affiliate disclosure). Each is a line of its own, in words
no paragraph is made of. The filter runs after the classifier, whose training pages had such lines in
its input, and takes them whether it kept them or dropped them as furniture."""

from __future__ import annotations

from itertools import accumulate

import regex

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import furniture_kind, line_end, open_after_classifier
from articleclean.filters.newsletter import KEEP_UP
from articleclean.parse.galleries import is_gallery_counter, is_gallery_line
from articleclean.parse.videos import MAX_VIDEO_CHARS, VIDEO_WORDS, is_video_button, is_video_link
from articleclean.strings import ARABIC_SCRIPT, CHINESE_JAPANESE, HANGUL, THAI_SCRIPT, ends_sentence, script_hints

# A paywall's prompt (`Lesen Sie jetzt weiter mit X+`, `Already a subscriber? Sign in`), in the languages
# of the corpus and their neighbours: phrases about subscribers, not `continue reading`, which a blog's
# own text says too.
_PAYWALL = regex.compile(
    r"(?i)already\s+a\s+(?:subscriber|member)|(?:get|for)\s+unlimited\s+(?:digital\s+)?access"
    r"|for\s+subscribers\s+only|subscribe\s+to\s+(?:continue|keep)\s+reading"
    r"|lesen\s+sie\s+(?:jetzt\s+)?weiter\s+mit|jetzt\s+weiterlesen|weiterlesen\s+mit|(?:bereits|schon)\s+abonnent|nur\s+für\s+abonnenten"
    r"|jetzt\s+mit\s+\S+\s+lesen|déjà\s+abonné|pour\s+lire\s+la\s+suite|réservée?s?\s+aux\s+abonnés|la\s+suite\s+est\s+réservée"
    r"|il\s+vous\s+reste\s+\d+\s*%\s+de\s+l['’]article|you\s+have\s+\d+\s+free\s+articles?"
    r"|ya\s+soy\s+suscriptor|¿ya\s+eres\s+suscriptor|artículos\s+gratuitos|suscríbete\s+para\s+seguir"
    r"|exclusivo\s+para\s+(?:suscriptores|assinantes)"
    r"|sei\s+già\s+abbonato|riservato\s+agli\s+abbonati|já\s+(?:é|sou)\s+assinante"
    r"|masz\s+już\s+(?:subskrypcję|prenumeratę)|tylko\s+dla\s+(?:subskrybentów|prenumeratorów)"
    r"|al\s+abonnee|lees\s+verder\s+met|alleen\s+voor\s+abonnees"
    r"|gratis\s+förhandsvisning|redan\s+prenumerant|bli\s+prenumerant"
    r"|již\s+jste\s+předplatitel|pouze\s+pro\s+předplatitele|s\s+předplatným|уже\s+подписчик|только\s+для\s+подписчиков"
    r"|abonelere\s+özel|zaten\s+abone"
    # an offer to subscribe, with its price (`Assine o Jornal por 1 € no primeiro mês`)
    r"|^(?:assine|subscreva|subscribe|abonnez-vous|suscríbete|abbonati|abonnieren\s+sie)\b[^.!?]{0,120}(?:€|\$|£)"
    # a product's free trial (`Try Lanternfish Cloud free for 14 days.`, `30 Tage kostenlos testen`)
    r"|\btry\s+(?:\S+\s+){0,4}(?:free|for\s+free)\s+for\s+\d+\s+(?:days|weeks|months)\b"
    # an introductory price and a digital access offer (`$0.99 for the first 4 weeks`, `Unlimited Digital Access`)
    r"|^[$€£]\s?\d+(?:[.,]\d+)?\s+(?:for|per)\s+(?:the\s+)?(?:first\s+)?\d*\s*(?:weeks?|months?|days?)\b"
    r"|^unlimited\s+digital\s+access\b"
    # a premium tier's prompt (`Subscribe to LBN PRO for exclusive insights ...`)
    r"|^subscribe\s+to\s+(?:\S+\s+){1,2}(?i:pro|plus|premium|\+)\b"
    r"|\b\d+\s+(?:tage|wochen)\s+(?:kostenlos|gratis)\s+testen\b"
    # a premium tier's note on a story it leaves free (`This story is free to read. Get more from News24 Plus: ...`)
    r"|\bthis\s+(?:story|article)\s+is\s+free\s+to\s+read\b"
    r"|\b(?:get|enjoy)\s+more\s+from\s+\S+(?:\s+\S+)?\s+(?:plus|premium|pro)\b"
    # a premium teaser's link (`Läs mer med Nattposten Plus`, `Read more with Herald Premium`)
    r"|^(?:read|läs|les|læs|lees)\s+(?:more\s+|mer\s+|mere\s+|meer\s+|videre\s+|verder\s+)?(?:with|med|met)\s+"
    r"(?:\S+\s+){0,2}(?:plus|premium|pro|\+)$"
)
# Japanese, Korean and Chinese members-only notes (`この記事は会員限定です`, `付费阅读`): a pattern of their own,
# tried on lines that are not ASCII only (in the one above, they slowed every line's search)
_PAYWALL_CJK = regex.compile(
    r"会員限定|有料会員|無料会員に?登録|会員の方は|유료\s?회원|회원\s?전용|구독자\s?전용|会员专享|付费阅读|付費閱讀|會員專屬"
)
_MAX_PROMPT_CHARS = 300


def _is_paywall(text: str) -> bool:
    return _PAYWALL.search(text) is not None or (not text.isascii() and _PAYWALL_CJK.search(text) is not None)
# The button under a paywall prompt: short, with a sign-up or sign-in word.
_BUTTON = regex.compile(
    r"(?i)\b(?:subscribe|sign\s?in|log\s?in|abonnieren|abonnez|s['’]abonner|m['’]abonne|suscr[ií]b\w*|abbonati|assine|assinar"
    r"|anmelden|einloggen|testen|(?:je\s+)?me\s+connecte|connexion|try\s+(?:it\s+)?(?:free|now)|essayer|probar|prova"
    r"|(?:start\s+(?:your\s+|a\s+)?)?free\s+trial"
    r"|subskrybuj|abonneer|prenumerera|předplatit|подписаться|abone\s+ol|ログイン|로그인|登录|登入"
    # the offer's link (`Scopri l'offerta`, `Découvrir l'offre`)
    r"|vyzkoušet|scopri\s+l['’]offerta|découvrir\s+l['’]offre|descubre\s+la\s+oferta|conheça\s+a\s+oferta|zum\s+angebot"
    r"|see\s+(?:the\s+)?offers?)\b"
)
_MAX_BUTTON_WORDS = 5
# A paywall's offer (`4 Wochen für 0,99 €`, `1 € le premier mois`): a price, or a price per period.
_OFFER = regex.compile(r"\d+(?:[.,]\d+)?\s*(?:€|euro|eur\b|zł|kč|kr\b)|[€$£]\s?\d")
# The lines under a paywall's prompt: this many, each this short, up to its last offer or button.
_MAX_PAYWALL_LINES, _MAX_PAYWALL_LINE_WORDS = 8, 25
# A photo gallery's link: a gallery word and a count (`Galerie photos (8)`, `FOTO GALERİ: ... (15 fotoğraf)`,
# `Bildergalerie: 12 Bilder`).
_GALLERY = regex.compile(
    r"(?i)(?:photo\s*gallery|gallery|fotogallery|galerie|fotogalerie|bildergalerie|galería|galleria|galeri[aęi]|fotoreeks"
    r"|fotogalerij|bildspel|fotogaléria|foto\s+galeri|фотогалерея|фоторепортаж|diaporama|slideshow|fotostrecke)"
)
_MAX_EMBED_HEADING_CHARS = 40
# A placeholder for embedded content the reader has not consented to (`Externer Inhalt`, a sentence, a button).
_EMBED_HEADING = regex.compile(
    r"(?i)^(?:empfohlener\s+(?:redaktioneller|externer)\s+inhalt|externer?\s+inhalt|contenu\s+externe|contenido\s+externo"
    r"|contenuto\s+esterno|conteúdo\s+externo|treść\s+zewnętrzna|externí\s+obsah|externe\s+inhoud|external\s+content"
    r"|embedded\s+content|внешний\s+контент|extern(?:t|a)\s+innehåll"
    r"|(?:instagram|facebook|youtube|tiktok|twitter|x|spotify|podcast)[- ](?:content|post|video|embed|inhalt)"
    r"|(?:inhalt|contenu|contenido)\s+(?:von|de|del)\s+\S+|obsah\s+ze\s+sítě\s+\S+|treść\s+z\s+\S+"
    r"|deze\s+inhoud\s+kan\s+niet\s+(?:worden\s+)?(?:getoond|weergegeven))$"
)
_EMBED_NOTICE = regex.compile(
    r"(?i)(?=.*\b(?:inhalt\w*|beitrag|content|contenu|contenido|contenuto|conteúdo|treść|obsah|inhoud|innehåll|post|video"
    r"|příspěvek|publication|publicación|pubblicazione|publicação|wpis|bericht|inlägg|публикац\w*)\b)"
    r"(?=.*(?:cookie|zustimm|einwillig|einverstanden|consent|accept|akzept|acept|aceit|akcept|souhlas|toestemming|zgod))"
    r"(?=.*(?:youtube|facebook|instagram|tiktok|twitter|spotify|soundcloud|vimeo|podcast|datawrapper|dritt"
    r"|third[- ]part|tiers|terceros|terzi|terceiros|třetích|zewnętrzn|extern|embed|eingebettet|dieser\s+stelle"
    r"|diesen\s+artikel|cet\s+article|platform|plateforme|plataforma|piattaforma|platformě|hébergé|hostován"
    r"|geladen|angezeigt|getoond|bloqu|blocked|blockiert|no\s+se\s+muestra|non\s+è\s+visualizzat"
    r"|fourni\s+par|proporcionado\s+por|fornito\s+da|bereitgestellt\s+von|provided\s+by))"
    r"(?!.*(?:partner|analy[sz]|statisti))"  # a cookie banner's, not a placeholder's
    r"|an\s+dieser\s+stelle\s+finden\s+sie\s+(?:einen\s+)?externen?\s+inhalt"
)
_EMBED_BUTTON = regex.compile(
    r"(?i)accept|akzept|zustimm|anzeigen|laden|show|enable|allow|ver\b|voir|afficher|mostrar|j['’]accepte|gérer|configur"
    r"|einstellung|settings|préférences|zobacz|pokaż|zgadzam|souhlas|zobrazit|změnit|toon|accepteer|visualizza|consenti|\bok\b"
    r"|bekijk|toestemming|wyświetl|zarządzaj|zgod|datenschutz|privacy|confidentialité|privacidad|prywatnośc|soukrom"
)
_MAX_EMBED_LINES, _MAX_EMBED_BUTTON_WORDS = 5, 6
# A placeholder's sentence asks for consent with one of these words (lower case), or is German's standard one.
_CONSENT_WORDS = (
    "cookie", "zustimm", "einwillig", "einverstanden", "consent", "accept", "akzept", "acept", "aceit", "akcept",
    "souhlas", "toestemming", "zgod", "an dieser stelle",
)
# A prompt to follow the site on a news app or a messenger channel (`Folgen Sie uns auf WhatsApp`), and its button.
_FOLLOW_PROMPT = regex.compile(
    r"(?i)google\s+(?:news|nachrichten|actualités|noticias|notizie|notícias|wiadomości|hírek\w*|haberler\w*|discover|новин\w*|новост\w*)"
    r"|whatsapp[- ]?(?:kanal\w*|channel|canal|kanał\w*|csatorn\w*)|telegram[- ]?(?:kanal\w*|channel|canal|канал\w*)"
    r"|(?:kanal\w*|channel|canal|kanał\w*|канал\w*)\s+(?:on|auf|en|de|su|na|в|у)\s+(?:whatsapp|telegram)"
    r"|(?:folgen\s+sie\s+uns|follow\s+us|suivez-nous|síguenos|seguici|siga-nos|obserwuj\s+nas)\s+(?:auf|on|sur|en|su|no|na)"
    r"\s+(?:whatsapp|telegram|google)"
    # a messenger group's or channel's prompt (`Participe do nosso grupo no WhatsApp`, `Receba ... no seu WhatsApp`)
    r"|\b(?:participe|entre|junte-se|receba|siga|acompanhe|join|get|receive|folgen|abonnieren|rejoignez|suivez|únete|recibe"
    r"|ikuti|sertai|gabung|تابعوا|تابعونا|انضموا|انضم"
    r"|sigue|iscriviti|unisciti|segui|dołącz|obserwuj|читайте|підписуйтеся|підписуйтесь|подписывайтесь|приєднуйтесь"
    r"|присоединяйтесь|pratite|pridružite|zapratite|sledite|sledujte)\b.{0,120}\b(?:whatsapp|telegram|viber|واتساب|تيليجرام|تلغرام"
    r"|телеграм|ватсап|вайбер)\w*"
    # the site on a messenger (`News24 is on WhatsApp. Join ...`, `Il Meridiano è anche su WhatsApp: iscriviti ...`)
    r"|^¡?\S+(?:\s\S+){0,2}\s+(?:ya\s+)?(?:is|are|è|est|está|ist|jest|é)\s+(?:now\s+|also\s+|anche\s+|aussi\s+|también\s+|auch\s+"
    r"|też\s+|também\s+|ora\s+|jetzt\s+)?(?:on|su|sur|en|auf|na|no)\s+(?:whatsapp|telegram|viber)\b"
    r"|^\S+(?:\s\S+){0,2}\s+(?:jetzt|now|ahora|ora|maintenant|teraz|agora)\s+(?:auch\s+|also\s+|también\s+|anche\s+|aussi\s+"
    r"|też\s+|também\s+)?(?:auf|on|en|su|sur|na|no)\s+(?:whatsapp|telegram)\b"
    # a channel on Iran's messengers (`کانال سپهر اصفهان را در ایتا و بله دنبال کنید`)
    r"|کانال.{0,80}\b(?:ایتا|بله|تلگرام|واتساپ|روبیکا|سروش)\b"
    # a LINE official account (`เพิ่มเพื่อนไทยวิถีออนไลน์ทาง LINE @thaiwithee`)
    r"|เพิ่มเพื่อน.{0,80}\bLINE\b"
    # the site on social networks (`Sigue toda la información de Madrid en Facebook y X`)
    r"|^(?:sigue|síguenos|follow|suivez|seguici|segui|siga|folgen\s+sie|obserwuj)\b.{0,120}\b(?:en|on|auf|sur|su|no|na)"
    r"\s+(?:facebook|x|twitter|instagram|tiktok|youtube|linkedin|bluesky)\b"
)
_MAX_FOLLOW_PROMPT_CHARS = 200
_FOLLOW_WORDS = (
    "google", "whatsapp", "telegram", "folgen sie", "follow us", "suivez", "síguenos", "seguici", "siga-nos",
    "obserwuj", "facebook", "instagram", "twitter", "tiktok", "youtube", "viber",
    "واتساب", "تيليجرام", "تلغرام", "کانال", "เพิ่มเพื่อน", "телеграм", "ватсап", "вайбер",
)
_FOLLOW_BUTTON = regex.compile(
    r"(?i)folgen|follow|seguir|segui|suivre|takip|követés|urmărește|ακολουθ|стежити|підписатися|подписаться|unirme|unisciti"
    r"|katıl|join|iscriviti|obserwuj|sledovat|volg|abonnieren|entrar|participar|sertai|ikuti|gabung|للمتابعة|เพิ่มเพื่อน|^whatsapp$|^telegram$"
    # a channel's button (`Intră pe canal`, `Zum Kanal`, `Till kanalen`)
    r"|intră|alătură|beitreten|rejoindre|unirse|dołącz|liity|csatlakoz|pridruži|\b(?:za)?prati(?:te)?\b"
    r"|\bzum\s+kanal|\btill\s+kanalen|\btil\s+kanalen"
)
_MAX_FOLLOW_BUTTON_WORDS = 4
_COUNT = regex.compile(r"\(\s*\d+[^()]{0,20}\)\s*$|\b\d+\s+\w{2,12}\s*$")
_MAX_GALLERY_CHARS = 120
_MAX_GALLERY_TITLE_WORDS = 12
# An audio player's label (`Listen to this article`, `Artikel anhören • 6 Min`).
_AUDIO = regex.compile(
    r"(?i)^(?:listen\s+to\s+(?:this\s+)?(?:article|story)|artikel\s+anhören|(?:é|e)couter\s+(?:cet\s+)?article"
    r"|escuchar\s+(?:este\s+)?artículo|ascolta\s+(?:l['’])?articolo|ouvir\s+(?:este\s+)?artigo"
    r"|posłuchaj\s+artykułu|poslechněte\s+si\s+článek|lyssna\s+på\s+artikeln|beluister\s+(?:dit\s+)?artikel"
    r"|прослушать\s+статью|haberi\s+dinle|слушай\s+статията|klausīties\s+rakstu|kuula\s+artiklit"
    r"|klausyti(?:\s+straipsnio)?|poslušaj\s+članek|vypočuť\s+článok|poslušajte\s+članak"
    r"|lyt\s+til\s+(?:artiklen|historien)|lytt\s+til\s+(?:saken|artikkelen)|kuuntele\s+artikkeli|ascultă\s+articolul"
    r"|hallgassa?\s+meg\s+a\s+cikket|άκουσε\s+το\s+άρθρο|ακούστε\s+το\s+άρθρο|poslušajte\s+članak)\b"
)
_MAX_AUDIO_CHARS = 60
# A video's link (`parse.videos`): its words, and how long a line it may be.
_VIDEO_WORDS, _MAX_VIDEO_CHARS = VIDEO_WORDS, MAX_VIDEO_CHARS
# A video's running time on a line of its own under its link (`Duration 2:41`), and how a link starts (`WATCH |`)
_DURATION_LINE = regex.compile(
    r"(?i)(?:duration|dauer|durée|duración|durata|duração|czas\s+trwania|długość)?\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$"
)
_MAX_DURATION_CHARS = 24
_VIDEO_START = regex.compile(rf"(?i)^(?:{_VIDEO_WORDS})\s*[:|｜：–—-]\s*\S")
# A player's label with the running time under a video's title (`Video · 2:14`).
_VIDEO_LABEL = regex.compile(rf"(?i)^(?:{_VIDEO_WORDS})\s*[·•|,:–-]?\s*[(\[]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[)\]]?$")
_MAX_VIDEO_LABEL_CHARS = 30
_VIDEO_LABEL_REASON = "video player: its label and running time"
_MAX_VIDEO_TITLE_WORDS = 25
# a video's title ends with its running time (`Nagranie czytelnika (1:52)`)
_RUNNING_TIME_END = regex.compile(r"[\s(\[（]\d{1,2}:\d{2}[)\]）]?$")
# A reading time (`4 min read`, `Lecture 4 min.`, `5 Min. Lesezeit`, `Tempo de leitura: 4 min`).
_READING = (
    r"read|lesezeit|lesedauer|lecture|de\s+lectura|di\s+lettura|de\s+leitura|czytania|чтения|leestijd|läsning|lästid"
    r"|lesetid|okuma\s+süresi|doba\s+čtení|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura"
    r"|temps\s+de\s+lecture|czas\s+czytania|время\s+чтения|reading\s+time|læsetid|lukuaika"
    r"|skaitymo\s+laikas|lasīšanas\s+laiks|lugemisaeg|време\s+за\s+четене|čas\s+čítania|čas\s+branja"
    r"|vrijeme\s+čitanja|vreme\s+čitanja|час\s+читання"
)
_MINUTES = r"\d+\s*(?:min(?:ute)?s?|min\.?|minuten|minutos|minuti|minut|мин\.?|dk|perc)\.?"
_READING_TIME = regex.compile(
    rf"(?i)^(?:(?:{_READING})\s*[:：–-]?\s*{_MINUTES}|{_MINUTES}\s*(?:{_READING})|{_MINUTES}\s+de\s+lectura)\.?$"
)
_MAX_READING_CHARS = 40
# A podcast player's episode and running time, maybe after the show's name (`Folge 112 · 34 Min.`,
# `Planeta B · Episodio 87 · 31 min`), with the episode's title above it and a play button below.
_EPISODE = regex.compile(
    r"(?i)^(?:[^·•|]{1,40}[·•|]\s*)?(?:folge|episode|épisode|episodio|episódio|odcinek|aflevering|afl\.|epizoda|epizod"
    rf"|эпизод|выпуск|avsnitt|jakso|puntata|afsnit|bölüm|díl)\s*\d+\s*[·•|,–-]\s*{_MINUTES}$"
)
_MAX_EPISODE_CHARS = 80
_EPISODE_REASON = "podcast player: its episode and running time"
_PODCAST_LABEL = regex.compile(r"(?i)(?:\w+\s+){0,2}podcasts?:?")
_PLAY_BUTTON = regex.compile(
    r"(?i)^(?:abspielen|anhören|play|listen|écouter|escuchar|reproducir|ascolta|ouvir|odtwórz|słuchaj|afspelen"
    r"|luister|слушать|přehrát(?:\s+video)?|spela\s+upp|lyssna|poslušaj|slušaj|reprodueix)$"
)
# A sign-off: initials or an agency in brackets alone (`(pvdb)`, `(dpa)`), `/jdo`, `— With files from ...`.
_SIGN_OFF = regex.compile(
    r"^(?:\((?:\p{Ll}{2,6}|\p{Lu}{2,5}|\p{Ll}{2,4}/\p{Ll}{2,4}|\p{Lu}{2,5}/\p{Lu}{2,5})\)|/\p{Ll}{2,4}"
    r"|[—–-]\s*with\s+files\s+from\s+.{2,60})$",
    regex.IGNORECASE,
)
_MAX_SIGN_OFF_CHARS = 80
# A toolbar's font size buttons (`A-`, `A+`, `AA`), in capitals only.
_FONT_SIZE_PATTERN = r"^(?-i:A\s?[+−–-]|[+−–-]\s?A|AA|A\s?A)$"
_PAGE_NAVIGATION = "page navigation"
_TIP_PROMPT = "tip prompt"
# how to send a tip: an address or a phone number, on a line of a few sentences at most
_CONTACT = regex.compile(r"\S@\S+\.\w|\+?\d[\d ()-]{5,}\d")
_MAX_CONTACT_LINE_CHARS = 300
_STANDINGS_ROW = "league table: a row"
# the heading over a league table's rows
_STANDINGS_HEADING = regex.compile(
    r"(?i)^(?:tabelle|standings|table|classement|clasificación|classifica|tabela|tabulka|tabela\s+ligowa)$"
)
_MAX_PAGE_LINKS = 6  # the page numbers and links under a page navigation line (`1`, `2`, `次のページへ`)
# The end mark of a press release (`###`, `– Ende –`).
# (and a Persian agency's `انتهای پیام`, end of message)
_END_MARK_PATTERN = (
    r"^(?:#{3,}|\*{3}|[-–—]{1,2}\s*(?:ende|end|fin|fine|koniec|konec|einde|slut)\s*[-–—]{1,2}|انتهای\s+پیام)$"
)
# Notes a page sets under or above a story: its copyright, a disclaimer, a letters prompt, an affiliate
# disclosure, the print edition it ran in (patterns read case-insensitively).
_NOTES = (
    ("copyright notice",
        r"^(?:copyright|©)\s*(?:\d{4}\s+)?.{0,80}?all\s+rights\s+reserved|^copyright\s+(?:\(c\)\s*)?\d{4}\s"),
    ("opinion disclaimer",
        r"^(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+this\s+\w+\s+|here\s+)?are\s+(?:those\s+of\s+the\s+"
        r"(?:author|writer)|the\s+(?:author|writer)['’]s\s+own|solely)"
        r"|^las\s+opiniones\s+expresadas|^les\s+(?:propos|tribunes|opinions\s+exprimées)\s+.{0,80}?n['’]engagent\s+que"
        r"|^dieser\s+(?:text|beitrag|gastbeitrag)\s+gibt\s+(?:die|ausschließlich\s+die)\s+meinung"
        r"|^le\s+opinioni\s+espresse|^as\s+opiniões\s+expressas|^os\s+textos\s+de\s+opinião"
        r"|^opinie\s+wyrażone|^tekst\s+wyraża\s+(?:wyłącznie\s+)?(?:opinię|poglądy)|^de\s+meningen\s+in\s+dit"
        r"|^мнение\s+(?:автора|редакции)\s+может\s+не\s+совпадать"
        r"|^(?:los|las)\s+(?:artículos|textos|columnas)\s+de\s+opinión\b.{0,160}\bno\s+reflejan"),
    ("investment disclaimer",
        r"^(?:this|the\s+(?:information|material|content)|dieser|diese|ce|cet|este|esta|questo|materiał|tekst|informacje"
        r"|данн\w+|la\s+información|le\s+informazioni|as\s+informações|les\s+informations)\b.{0,160}?"
        r"(?:(?:does|do)\s+not\s+constitute\s+(?:\w+\s+)?(?:financial|investment)\s+advice|nie\s+stanowi\w*\s+rekomendacji"
        r"|keine\s+anlageberatung|ne\s+constitu\w+\s+pas\s+un\s+conseil|no\s+constituye\w*\s+(?:una\s+)?recomendación"
        r"|non\s+costituisc\w+\s+(?:una\s+)?(?:sollecitazione|consulenza|raccomandazione)"
        r"|não\s+constitu\w+\s+(?:uma\s+)?recomendação|не\s+является\s+инвестиционной\s+рекомендацией)"),
    ("audio player note",
        r"^(?:this\s+)?audio\s+(?:is|was|has\s+been)\s+(?:auto(?:matically)?[- ]?generated|generated|produced|created)"
        r"|^(?:dieses?\s+)?audio\w*\s+wurde\s+(?:automatisch|künstlich|mit)|^(?:cet|ce\s+fichier)\s+audio\s+(?:est|a\s+été)\s+généré"
        r"|^este\s+audio\s+(?:ha\s+sido|se\s+ha|es|foi)\s+(?:generado|gerado|creado)|^questo\s+audio\s+è\s+(?:stato\s+)?generato"
        r"|^(?:the\s+)?(?:audio|narration|voice)\s+(?:version\s+(?:of\s+this\s+(?:article|story)\s+)?)?(?:is|was)\s+"
        r"(?:produced|generated)\s+(?:by|using|with)\s+(?:ai|artificial|text-to-speech|a\s+synthetic)"),
    ("tip line",
        r"^(?:got\s+a\s+(?:story|tip)|have\s+you\s+got\s+a\s+(?:story|tip)|do\s+you\s+have\s+a\s+(?:story|tip))\b"
        r".{0,200}\b(?:email|e-mail|call|contact|whatsapp)"
        r"|^(?:(?:haben\s+sie|sie\s+haben)\s+(?:einen\s+hinweis|informationen)|vous\s+avez\s+(?:une\s+info|des\s+informations))\b"
        r".{0,200}\b(?:e-?mail|schreiben|kontakt|contactez|écrivez|whatsapp)"
        r"|^masz\s+(?:newsa|temat|informację|zdjęcie)\b.{0,200}\b(?:prześlij|napisz|wyślij|daj\s+znać)"),
    # the same prompt as a heading, the ways to send the tip on the line under it (`Vet du mer? Tipsa X!`)
    (_TIP_PROMPT,
        r"^(?:got\s+a\s+(?:news\s+)?(?:story|tip)|have\s+a\s+(?:news\s+|story\s+)?tip|vet\s+du\s+(?:mer|något|noe)"
        r"|ved\s+du\s+(?:mere|noget)|tiedätkö\s+(?:lisää|jotain)|weet\s+(?:jij|u)\s+meer|tipsa\s+oss|tips\s+oss|tip\s+os"
        r"|tip\s+us|send\s+us\s+(?:a\s+|your\s+)?(?:news\s+)?tips?)\b[^.]{0,60}$"),
    ("continuation note",
        r"^(?:(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)|continue\s+reading\s+below"
        r"|dalszy\s+ciąg\s+(?:artykułu|materiału|tekstu)|dalsza\s+część\s+(?:artykułu|materiału|tekstu)"
        r"|(?:der\s+)?(?:artikel|text)\s+(?:wird\s+)?(?:unter|nach)\s+.{0,40}fortgesetzt|weiterlesen\s+nach\s+der\s+anzeige"
        r"|(?:l['’])?article\s+(?:continue|se\s+poursuit)\s+(?:après|sous|ci-dessous)"
        r"|(?:el\s+artículo|la\s+noticia)\s+continúa\s+(?:abajo|debajo|después|tras)"
        r"|l['’]articolo\s+continua\s+(?:sotto|dopo)|(?:a\s+matéria|o\s+texto)\s+continua\s+(?:abaixo|após|depois)"
        r"|článek\s+pokračuje\s+(?:pod|níže|za)|článok\s+pokračuje\s+(?:pod|nižšie|za)|haberin\s+devamı$"
        r"|artikkeli\s+jatkuu|artikeln\s+fortsätter|artiklen\s+fortsætter|artikkelen\s+fortsetter"
        r"|статията\s+продължава|straipsnis\s+tęsiasi|raksts\s+turpinās|artikkel\s+jätkub|članak\s+se\s+nastavlja)"
        r".{0,60}$"),
    ("more-from-site prompt",
        r"^(?:(?:veja|leia|assista|confira)\s+(?:a\s+)?mais\s+(?:notícias|vídeos|reportagens|conteúdos)"
        r"|(?:see|read|watch|get)\s+more\s+(?:news|videos|stories)|(?:mirá|mira|lee|leé|ve|vea)\s+más\s+(?:noticias|videos))"
        r"\b.{0,60}\b(?:no|na|em|on|at|from|en)\s+(?-i:\p{Lu}).{0,50}$"),
    ("series note",
        r"^(?:(?:artykuł|tekst|materiał)\s+jest\s+częścią\s+(?:cyklu|serii|projektu)"
        r"|this\s+(?:article|story|piece)\s+is\s+part\s+of\s+(?:a|an|our|the)\s+(?:\S+\s+){0,3}(?:series|project)"
        r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+ist\s+teil\s+(?:der|unserer|einer|des)\s+(?:\S+\s+){0,2}(?:serie|reihe)"
        r"|cet\s+article\s+fait\s+partie\s+(?:de\s+notre|d['’]une|de\s+la)\s+(?:\S+\s+){0,2}série"
        r"|este\s+(?:artículo|texto|reportaje)\s+(?:es|forma)\s+parte\s+de\s+(?:la|una|nuestra)\s+(?:\S+\s+){0,2}serie"
        r"|questo\s+articolo\s+fa\s+parte\s+(?:della|di\s+una)\s+(?:\S+\s+){0,2}serie)"),
    ("thanks for reading",
        r"^(?:dziękujemy,?\s+że\s+przeczyta|thanks?\s+(?:you\s+)?for\s+reading"
        r"|danke\s+(?:fürs|für\s+das|für\s+ihr)\s+(?:lesen|interesse)|merci\s+(?:de|d['’]avoir)\s+(?:lu|votre\s+lecture)"
        r"|gracias\s+por\s+(?:leer|tu\s+lectura))"),
    ("update note",
        r"^(?:cikkünk\s+frissül|this\s+(?:story|article)\s+(?:is\s+being|will\s+be)\s+updated"
        r"|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story"
        r"|(?:dieser\s+artikel|der\s+artikel|dieser\s+beitrag)\s+wird\s+(?:laufend\s+)?aktualisiert"
        r"|cet\s+article\s+(?:est|sera)\s+(?:mis\s+à\s+jour|actualisé)|(?:esta\s+noticia|este\s+artículo)\s+se"
        r"\s+(?:está\s+actualizando|actualizará)|articolo\s+in\s+aggiornamento|artykuł\s+(?:jest|będzie)\s+aktualizowany"
        r"|(?:notícia|artigo)\s+em\s+atualização)[.!…]*$"),
    ("contact line",
        r"^reach\s+(?:the\s+(?:reporters?|writers?|authors?)|(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}))"
        r"\s+(?:at|on|via)\s"
        r"|^(?:follow|email|e-mail)\s+(?:him|her|them|the\s+(?:reporter|writer|author))\s+(?:on|at)\s"),
    ("download link",
        r"^.{0,120}?\b(?:jpe?g|png|pdf|zip|docx?|xlsx?|pptx?|mp3|mp4)\b[^()]{0,20}?\d+(?:[.,]\d+)?\s*(?:[kmg]b|[kmg]o)\b"
        r".{0,30}$"),
    ("end mark", _END_MARK_PATTERN),
    ("font size button", _FONT_SIZE_PATTERN),
    ("character count",
        r"^(?:umfang|länge|zeichen(?:anzahl)?|longueur|extensión)\s*:?\s*(?:ca\.\s*)?[\d.,]+\s+"
        r"(?:zeichen|caractères|caracteres)"),
    ("image viewer link",
        r"^(?:view\s+image\s+in\s+fullscreen|view\s+(?:full|larger)\s+image|enlarge\s+(?:this\s+)?image|click\s+to\s+enlarge"
        r"|bild\s+vergrößern|agrandir\s+l['’]image|ampliar\s+(?:la\s+)?imagen|ingrandisci(?:\s+immagine)?|share\s+on\s+pinterest"
        r"|lihat\s+foto|view\s+more)$"),
    ("review note",
        r"^(?:how\s+we\s+(?:reviewed|fact-checked|vetted)\s+this\s+article|(?:medically|expert|clinically)\s+reviewed\s+by"
        r"|fact[- ]checked\s+by)\b"),
    ("feedback widget",
        r"^(?:was\s+this\s+(?:article|page|information|story)\s+helpful|war\s+dieser\s+(?:artikel|beitrag)\s+hilfreich"
        r"|war\s+diese\s+seite\s+hilfreich|cet\s+article\s+vous\s+a-t-il\s+été\s+utile|¿te\s+ha\s+(?:resultado\s+)?útil)"),
    ("letters prompt", r"^do\s+you\s+have\s+an\s+opinion\s+on\s+the\s+issues\s+raised"),
    ("comment prompt",
        r"^(?:sign\s+in|log\s+in|register)\s+(?:or\s+\w+\s+(?:an\s+|your\s+)?account\s+)?"
        r"to\s+(?:join\s+the\s+(?:discussion|conversation)|comment)"),
    ("press release credit", r"^(?:provided\s+by|source:|materials?\s+provided\s+by)\s+(?-i:\p{Lu})"),
    ("contact details", r"^(?:media|press|news)\s+contacts?\s*:?$"),
    # a weather widget's line: the word, a place, a temperature (`Wetter Steyr: 2 °C, Hochnebel`, `Pogoda Kraków 3°C`)
    ("weather widget",
        r"^(?:wetter|weather|météo|meteo|el\s+tiempo|tiempo|pogoda|počasí|vejret|väder|været|sää|időjárás|vremea)\b"
        r"[^.!?]{0,60}?-?\d{1,2}\s?°\s?[CF]?(?:[^.!?]{0,60})$"),
    ("weather warning",
        r"^(?:(?:aktuelle\s+)?(?:unwetter|wetter)warnung(?:en)?|(?:severe\s+)?weather\s+(?:alerts?|warnings?)"
        r"|alertes?\s+météo|vigilance\s+(?:météo|orange|rouge|jaune)|avisos?\s+meteorológicos?|allerta\s+meteo"
        r"|ostrzeżeni[ae]\s+meteorologiczne|weerwaarschuwing(?:en)?|code\s+(?:oranje|rood|geel))\s*:?$"),
    ("table of contents",
        r"^(?:table\s+of\s+contents|contents|inhaltsverzeichnis|inhalt|sommaire|table\s+des\s+matières|índice"
        r"|contenidos|indice|sommario|spis\s+treści|obsah|inhoudsopgave|innehåll|содержание|índice\s+de\s+conteúdos)\s*:?$"),
    ("rating", r"^\d(?:[.,]\d)?\s+(?:out\s+of|of|/)\s+(?:5|10)(?:\s+stars?)?$"),
    ("error report link",
        r"^(?:report\s+(?:a\s+typo|an?\s+error|a\s+correction)|submit\s+a\s+correction|fehler\s+melden"
        r"|signaler\s+une\s+erreur|reportar\s+(?:un\s+)?error|segnala\s+(?:un\s+)?errore|zgłoś\s+błąd"
        r"|meld\s+een\s+fout|сообщить\s+об\s+ошибке|(?:我要)?纠错)$"),
    # a link alone that opens the rest of the text or the next story (`Read More` between two paragraphs)
    ("read more link",
        r"^(?:read\s+more|continue\s+reading|weiterlesen|lire\s+la\s+suite|seguir\s+leyendo|leer\s+más"
        r"|continua\s+a\s+leggere|czytaj\s+dalej|leia\s+mais|lees\s+verder|läs\s+mer|читать\s+далее)\s*[»›→…]?$"),
    # a plea to the reader for money, and its button (`We rely on donors like you ...` | `Donate`)
    ("donation prompt",
        r"\b(?:donors|readers|supporters|members)\s+like\s+you\b|\bsupport\s+(?:our|independent|quality)\s+"
        r"(?:journalism|reporting|fact-checking|work)\b|^(?:donate(?:\s+now|\s+today)?|make\s+a\s+donation|support\s+us"
        r"|(?:jetzt\s+)?spenden|faire\s+un\s+don|donar|dona\s+ora|wesprzyj(?:\s+nas)?|doneer(?:\s+nu)?)!?$"
        # a reader-funded site's appeal (`The Meridian is funded by its readers. If you can, please support us`)
        r"|\b(?:is|are)\s+funded\s+by\s+(?:its|our)\s+readers\b|\bplease\s+support\s+us\b"
        # in Ukrainian and Russian (`Підтримайте нас`, `Разовий внесок`, `... лише завдяки читачам`)
        r"|^(?:підтримайте\s+нас|підтримати(?:\s+щомісяця)?|разовий\s+внесок|поддержите\s+нас|поддержать)$"
        r"|\bзавдяки\s+(?:нашим\s+)?читачам\b|\bблагодаря\s+(?:нашим\s+)?читателям\b"
        r"|^(?:підтримайте|поддержите)\s+(?:незалежн|независим)\w*\s+журналіст\w*|\bваші\s+внески\b|\bваши\s+взносы\b"),
    # a blogging platform's mark on its readers' most highlighted sentence
    ("highlight label", r"^top\s+highlight$"),
    ("photo sales button", r"^(?:buy|order)\s+(?:this\s+)?(?:photo|print)$"),
    # a link to a premium tier's story, named by the tier (`Gazzetta+: La mappa dei nidi ...`, `SZ Plus: ...`)
    ("premium teaser", r"^(?-i:\p{Lu}[\w.]{1,19}(?:\+|\s+(?:Plus|PLUS|Premium|Pro)))\s*:\s+\S.{5,160}$"),
    # a market data feed's notice (`Data is a real-time snapshot *Data is delayed at least 15 minutes`)
    ("market data notice", r"\bdata\s+(?:is|are)\s+delayed\b|\breal-time\s+snapshot\b|\bquotes\s+(?:are\s+)?delayed\b"),
    # an app's or a newsletter's prompt in capitals (`CLICK HERE TO GET THE UCN NEWS APP`)
    ("app prompt",
        r"^click\s+here\s+to\s+(?:get|download|sign\s+up|subscribe|read|watch|listen)\b[^.!?]{0,60}$"
        r"|^download\s+(?:our|the)\s+(?:free\s+)?(?:\S+\s+){0,3}app\b.{0,100}$"
        # an Indian site's closing line (`Catch all the latest India News ... here. Download The X App ...`)
        r"|^catch\s+(?:all\s+)?the\s+latest\b.{0,200}$"),
    # a sportsbook's promo and its legal line (`... Claim your $200 bonus bets ›`, `21+. Gambling problem? Call ...`)
    ("betting promo", r"\bbonus\s+bets?\b|\bgambling\s+problem\b|\b1-800-gambler\b"),
    ("tickets button", r"^(?:get|buy)\s+tickets$"),
    # the agency a story came from, alone at its end (`Zdroj: ČTK`, `Źródło: PAP`)
    ("source line",
        r"^(?:zdroj|źródło|fuente|fonte|quelle|bron|källa|kilde|forrás|izvor|sursa|kaynak|zdroje)\s*:\s*"
        r"(?:ČTK|PAP|dpa|AFP|EFE|ANSA|Reuters|AP|Lusa|ANP|Belga|TASR|MTI|HINA|Hina|Agerpres|AA|DHA|IHA|TT|NTB|Ritzau|STT)"
        r"(?:\s*[,/]\s*\S+){0,2}$"),
    # a link to a list the site keeps (`Click here for the full list of school and business closings`)
    ("list link", r"^click\s+here\s+(?:for|to\s+see)\s+(?:the\s+)?(?:full|complete|latest)\b[^.!?]{0,80}$"),
    # `Нашли ошибку? Выделите текст и нажмите Ctrl+Enter`, `Zauważyłeś błąd? ... Ctrl+Enter`
    ("error report prompt", r"\bctrl\s*\+\s*enter\b"),
    ("editor line", r"^(?:责任编辑|責任編輯|责编|編輯|编辑)\s*[:：]\s*[^\s，。,]{2,12}(?:\s+[^\s，。,]{2,12}){0,2}$"),
    # a subscriber's button to give the story away, and the box that offers it (`Diesen Artikel verschenken`)
    ("gift article button",
        r"^(?:diesen\s+)?artikel\s+verschenken|^gift\s+(?:this\s+)?(?:article|story)|^offrir\s+(?:cet\s+)?article"
        r"|^regala(?:re)?\s+(?:l['’])?articolo|^regalar\s+(?:este\s+|el\s+)?artículo|^podaruj\s+artykuł"
        r"|^presenteie\s+(?:esta\s+)?(?:matéria|reportagem)"
        r"|^(?:giv|gi\s+bort|ge\s+bort|lahjoita)\s+(?:artikel|artiklen|artikkelen|artikeln|artikkeli|saken)$"),
    ("gift article prompt",
        r"\b(?:abonnent\w*|subscribers?|abonnée?s?|abbonat[oaie]|suscriptor[ae]s?|assinantes?)\b.{0,120}"
        r"\b(?:verschenken|gift|offrir|regalare|regalar|presentear)\b"),
    # a league table's rows in a sports story (`15. FC Kaltenbrück – 21 Punkte`), its link, a live ticker's link
    (_STANDINGS_ROW,
        r"^\d{1,2}\.\s+\S.{2,40}?\s+[–—-]\s+\d{1,3}\s+(?:punkte|points|pts|punti|puntos|pontos|pkt\.?|bodů|pont)$"),
    ("standings link",
        r"^(?:zur\s+(?:kompletten\s+)?tabelle|(?:full|complete)\s+(?:table|standings)|classement\s+complet"
        r"|clasificación\s+completa|classifica\s+completa|tabela\s+completa|cała\s+tabela)$"),
    ("live ticker link",
        r"^(?:zum\s+live-?ticker|(?:go\s+to\s+)?(?:the\s+)?live\s+(?:blog|ticker)|suivez\s+le\s+direct|sigue\s+el\s+directo"
        r"|segui\s+la\s+diretta|relacja\s+na\s+żywo)$"),
    # the reader's reactions under a Korean story, with their counts (`좋아요 34`, `후속기사 원해요 9`)
    ("reaction button",
        r"^(?:좋아요|훈훈해요|슬퍼요|화나요|후속기사\s?원해요|추천해요|놀랐어요|응원해요|감동이에요|최고예요|싫어요)\s*\d+$"),
    # the links to the pages of a story cut into several (`1/2 ページ`, `Halaman: 1 2 3 Selanjutnya`, `Page 1 of 3`)
    (_PAGE_NAVIGATION,
        r"^(?:\d+\s*/\s*\d+\s*ページ|(?:次|前)のページ(?:へ)?|halaman\s*:?(?:\s*\d+)+(?:\s+selanjutnya)?"
        r"|page\s+\d+\s+(?:of|/)\s+\d+|next\s+page|seite\s+\d+\s+von\s+\d+|nächste\s+seite|page\s+suivante"
        r"|página\s+siguiente|pagina\s+successiva|następna\s+strona|\d+\s*/\s*\d+\s*页|下一页)\s*[»›→>]?$"),
    ("shopping link",
        r"^(?:[$€£]\s?\d[\d,.]*\s+at\s+\S.{0,30}|see\s+all\s+(?:prices|deals|offers))$"),
    ("affiliate disclosure",
        r"\baffiliate\s+(?:links?|commission|partnerships?)\b|\bas\s+an\s+amazon\s+associate\b"
        r"|\b(?:enlaces|links)\s+de\s+afiliad[oa]s?\b|\bliens\s+(?:d['’])?affili(?:és|ation)\b|\baffiliate-links\b"
        r"|\blink\s+(?:di\s+)?affiliazione\b|\blinki\s+afiliacyjne\b|\bpartnerlinks\b"
        r"|\bwe\s+may\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)"),
    ("licence notice",
        r"^(?:this\s+(?:article|post|work|story)\s+is\s+(?:licensed|published)\s+under"
        r"|dieser\s+(?:beitrag|artikel|text)\s+steht\s+unter\s+(?:der|einer)\s+lizenz"
        r"|.{0,80}\bcreative\s+commons\b|.{0,80}\bcc\s+by(?:-(?:sa|nc|nd))*\s+\d\.\d\b)"),
    ("print edition note",
        r"^this\s+(?:article|story|essay)\s+(?:appears|appeared|was\s+published)\s+in\s+the\s+.{0,60}"
        r"(?:print\s+)?(?:edition|issue)"
        # `Published in Dawn, May 27th, 2025`
        r"|^published\s+in\s+(?:the\s+)?\S[^.!?]{0,60},\s+\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$"),
    # a news release service's note that it does not vouch for what it carries
    ("release disclaimer", r"\bnot\s+responsible\s+for\s+the\s+accuracy\s+of\s+(?:the\s+)?news\s+releases\b"),
)
# one pattern for all the notes that start a line (a group each), tried at its start only; one for the others
_NOTES_AT_START = regex.compile(
    "|".join(f"(?P<note{i}>{pattern})" for i, (_, pattern) in enumerate(_NOTES) if pattern.startswith("^")),
    regex.IGNORECASE,
)
_NOTES_ANYWHERE = regex.compile(
    "|".join(f"(?P<note{i}>{pattern})" for i, (_, pattern) in enumerate(_NOTES) if not pattern.startswith("^")),
    regex.IGNORECASE,
)
_NOTE_REASONS = {f"note{i}": reason for i, (reason, _) in enumerate(_NOTES)}
_MAX_NOTE_CHARS = 400
# What a widget line holds, one of these at least (lowercase): a cheap scan before the patterns above,
# of the short lines (reading times, audio players, gallery links, contacts, ratings, prices) and of the
# lines up to `_MAX_NOTE_CHARS` (paywall prompts and notes).
_SHORT_HINTS = tuple(
    "min|мин| dk|perc|lesezeit|lecture|lectura|lettura|leitura|czytania|чтения|leestijd|läs|lese|okuma|čtení|"
    "listen|anhören|couter|escuchar|ascolta|ouvir|posłuchaj|poslechněte|lyssna|beluister|прослушать|dinle|"
    "lyt til|lytt til|kuuntele|ascultă|hallgas|άκουσ|ακούσ|"
    "слушай|klausīties|kuula|klausyti|poslušaj|vypočuť|laikas|laiks|lugemisaeg|четене|čítania|branja|čitanja|читання|"
    "galer|gallery|fotoreeks|bildspel|фотогалере|фоторепортаж|contact|out of|$|€|£|see all|"
    "view all|pogledajte|bilder ansehen|fotos ansehen|voir les|"
    # gallery links and the headings of placeholders of embedded content
    "galería|galeria|diaporama|fotostrecke|fotogaler|fotoserie|zdjęcia|галере|inhalt|content|contenu|contenido|"
    "contenuto|conteúdo|treść|obsah|inhoud|innehåll|контент".split("|")
)
_MAX_SHORT_CHARS = max(_MAX_READING_CHARS, _MAX_AUDIO_CHARS, _MAX_GALLERY_CHARS)
# a video link starts with its word: looked for at the start of a line only
_VIDEO_HINTS = (*(start + word for word in _VIDEO_WORDS.split("|") for start in ("\n", "\n[", "\n【")), "\n▶", "\n►")
_LONG_HINTS = tuple(
    "subscri|abonn|suscri|assinante|abbonat|förhandsvisning|prenumer|předplat|подписч|abone|unlimited access|"
    "°|телеграм|ватсап|вайбер|підтримайте|поддержите|внески|взносы|"
    "free to read|more from|funded by|please support|published in |responsible for the accuracy|view more|"
    "more with|mer med|mere med|meer met|"
    "verschenken|gift this|gift article|gift story|offrir|regala|podaruj|presente|giv art|bort art|lahjoita|"
    "підтрима|разовий|завдяки|поддерж|благодаря|"
    "gratuitos|weiter mit|weiterlesen|lees verder|subskryb|free for|kostenlos testen|gratis testen|"
    "copyright|©|expressed|opini|propos|meinung|affiliate|afiliad|affili|partnerlink|amazon associate|audio|"
    "poglądy|meningen|мнение|tribunes|advice|rekomendac|anlageberatung|"
    "conseil|recomenda|sollecitazion|consulenz|raccomand|рекомендаци|"
    "we may |appear|published in the|"
    "join the|to comment|provided by|source:|licensed under|published under|lizenz|creative commons|cc by|"
    "report a|correction|fehler|erreur|error|błąd|fout|ошибк|ctrl|viber|click here|delayed|snapshot|like you|"
    "download our|download the|+:|+ :|plus:|premium:|pro:|"
    "support our|support independent|support quality|"
    # placeholders of embedded content (their sentences ask for consent)
    "cookie|consent|zustimm|einwillig|einverstanden|toestemming|souhlas|zgod|akzept|acept|aceit|akcept|"
    "an dieser stelle|"
    # feedback widgets, image viewers, review notes, tip lines, follow prompts, download links, character counts
    "helpful|hilfreich|utile|útil|view image|enlarge|vergrößern|agrandir|ampliar|ingrandisci|pinterest|lihat foto|"
    "reviewed by|checked by|how we review|got a|have a story|have a tip|hinweis|une info|google|whatsapp|telegram|"
    "fortgesetzt|"
    "pdf|jpg|jpeg|png|zip|docx|mp3|mp4|zeichen|caractères|caracteres|"
    # league tables, live tickers, sportsbooks, source lines, closing lines, page navigation
    "punkte|points|pts|punti|puntos|pontos|pkt|tabelle|full table|complete table|full standings|complete standings|"
    "classement complet|clasificación completa|classifica completa|tabela completa|cała tabela|"
    "liveticker|live-ticker|live ticker|live blog|le direct|el directo|la diretta|na żywo|"
    "catch all|catch the|bonus bet|gambling|1-800|tickets|"
    "zdroj|źródło|fuente|fonte|quelle|bron|källa|kilde|forrás|izvor|sursa|kaynak|"
    "halaman|next page|nächste seite|page suivante|página siguiente|pagina successiva|następna strona"
    .split("|")
)
# Hints in a script few pages use, looked for only on a page that has a letter of that script (each hint is one
# scan of the page): members-only notes, editor lines, page navigation, reactions, messenger prompts.
_SCRIPT_HINTS = (
    (CHINESE_JAPANESE, ("会員", "会员", "會員", "付费", "付費", "纠错", "编辑", "編輯", "责编", "ページ", "页")),
    (HANGUL, ("회원", "구독자", "요 ")),
    (ARABIC_SCRIPT, ("واتساب", "تيليجرام", "کانال")),
    (THAI_SCRIPT, ("เพิ่มเพื่อน",)),
)
# How the notes that only start a line begin (lowercase, after a newline): tip lines, continuation and series
# notes, prompts to more of the site, follow prompts that name a social network.
_START_HINTS = tuple(
    "\n" + start
    for start in (
        "masz newsa|masz temat|masz informację|masz zdjęcie|"
        "have a|vet du|ved du|tiedätkö|weet jij|weet u|tipsa|tips oss|tip os|tip us|send us|"
        "the story continues|story continues|the article continues|article continues|the text continues|"
        "text continues|continue reading below|dalszy ciąg|dalsza część|der artikel|artikel wird|der text|"
        "weiterlesen nach|l'article|l’article|article continue|article se poursuit|el artículo|la noticia|"
        "l'articolo|l’articolo|a matéria|o texto|článek pokračuje|článok pokračuje|"
        "artykuł jest|tekst jest|materiał jest|this article is part|this story is part|this piece is part|"
        "dieser artikel|dieser beitrag|dieser text|cet article fait|este artículo|este texto|este reportaje|"
        "questo articolo|veja mais|veja a mais|leia mais|assista a mais|assista mais|confira mais|see more|"
        "read more news|read more videos|read more stories|watch more|get more|mirá más|mira más|lee más|leé más|"
        "ve más|vea más|sigue|síguenos|follow|suivez|seguici|segui|siga|folgen sie|obserwuj|haberin devamı|"
        "unwetterwarnung|wetterwarnung|aktuelle unwetter|aktuelle wetter|weather alert|weather warning|severe weather|"
        "alerte météo|alertes météo|vigilance|aviso meteorológico|avisos meteorológicos|allerta meteo|ostrzeżeni|"
        "weerwaarschuwing|code oranje|code rood|code geel|los artículos de opinión|las columnas|los textos de opinión|"
        "artikkeli jatkuu|artikeln fortsätter|artiklen fortsætter|artikkelen fortsetter|"
        "статията продължава|straipsnis tęsiasi|raksts turpinās|artikkel jätkub|članak se nastavlja|"
        "dziękujemy|thanks for reading|thank you for reading|thank for reading|danke fürs|danke für|merci de|"
        "merci d'avoir|merci d’avoir|gracias por|cikkünk|this story is|this story will|this article is being|"
        "this article will|this is a developing|"
        "this is a breaking|der artikel wird|cet article est|cet article sera|esta noticia|"
        "articolo in|artykuł będzie|notícia em|artigo em|"
        "sie haben einen hinweis|sie haben informationen|reach |email him|email her|email them|e-mail him|e-mail her|"
        # tables of contents
        "table of contents|contents|inhalt|sommaire|table des matières|índice|contenidos|indice|sommario|spis treści|"
        "obsah|inhoudsopgave|innehåll|содержание|top highlight|"
        "donate|make a donation|support us|spenden|jetzt spenden|faire un don|donar|dona ora|wesprzyj|doneer|"
        "buy photo|buy this photo|order print|$|€|£|unlimited digital|"
        # links that open the rest of the text (`weiterlesen`, `lees verder` are long hints, `leia mais` above)
        "page |seite |"
        "read more|continue reading|lire la suite|seguir leyendo|leer más|continua a leggere|czytaj dalej|läs mer|"
        "читать далее"
    ).split("|")
)
_SIGN_OFF_STARTS = frozenset("(/—–-")
# an end mark (`###`, `– Ende –`) and a font size button are looked for among the short lines, not by a hint
_END_MARK = regex.compile(f"{_END_MARK_PATTERN}|{_FONT_SIZE_PATTERN}", regex.IGNORECASE)
_MAX_END_MARK_CHARS = 20
_MAX_CONTACT_LINES, _MAX_CONTACT_CHARS = 4, 60
_MAX_WARNING_LINES, _MAX_WARNING_CHARS = 4, 150
_MIN_SHARE_BUTTONS, _MAX_SHARE_BUTTON_CHARS = 3, 30
_TOGGLE = regex.compile(
    r"(?i)^(?:toggle|przełącz|umschalten|afficher|masquer|mostrar|ocultar|mostra|nascondi|show|hide)$"
)
_ENTRY_NUMBER = regex.compile(r"^\d{1,2}[.)]?\s+")
_MAX_ENTRY_CHARS = 120


def widget_reason(text: str) -> str | None:
    """Why a line is a widget, or None.

    >>> widget_reason("Lecture 4 min."), widget_reason("Artikel anhören • 6 Min"), widget_reason("(pvdb)")
    ('reading time', 'audio player', 'sign-off: the writer or agency, in brief')
    >>> widget_reason("Galerie photos (8)"), widget_reason("Already a subscriber? Sign in")
    ('photo gallery link', 'paywall prompt')
    >>> widget_reason("Video: Genoa-Fiorentina 2-1, gol e highlights (2:47)")
    'video link'
    >>> widget_reason("Video footage showed the car leaving the scene at 10:30") is None
    True
    >>> widget_reason("The gallery reopened on Monday after 8 months of work, the curator said.") is None
    True
    """
    n = len(text)
    if n <= _MAX_READING_CHARS and _READING_TIME.match(text):
        return "reading time"
    if n <= _MAX_AUDIO_CHARS and _AUDIO.match(text):
        return "audio player"
    if n <= _MAX_EPISODE_CHARS and _EPISODE.match(text):
        return _EPISODE_REASON
    if n <= _MAX_SIGN_OFF_CHARS and _SIGN_OFF.match(text):
        return "sign-off: the writer or agency, in brief"
    if is_video_link(text):
        return "video link"
    if n <= _MAX_VIDEO_LABEL_CHARS and _VIDEO_LABEL.match(text):
        return _VIDEO_LABEL_REASON
    if n <= _MAX_GALLERY_CHARS and _GALLERY.search(text) and _COUNT.search(text) and not text.endswith("."):
        return "photo gallery link"
    if is_gallery_line(text):
        return "photo gallery counter" if is_gallery_counter(text) else "photo gallery link"
    if n <= _MAX_EMBED_HEADING_CHARS and _EMBED_HEADING.match(text):
        return "embedded content placeholder"
    if n <= _MAX_PROMPT_CHARS and _is_paywall(text):
        return "paywall prompt"
    if n > _MAX_NOTE_CHARS:
        return None
    lower = text.lower()
    # the costlier patterns only on lines with one of their words
    if any(word in lower for word in _CONSENT_WORDS) and _EMBED_NOTICE.match(text):
        return "embedded content placeholder"
    follow = n <= _MAX_FOLLOW_PROMPT_CHARS and any(word in lower for word in _FOLLOW_WORDS)
    if follow and _FOLLOW_PROMPT.search(text):
        return "follow prompt"
    found = _NOTES_AT_START.match(text) or _NOTES_ANYWHERE.search(text)
    return _NOTE_REASONS[found.lastgroup] if found is not None and found.lastgroup else None


def drop_widgets(doc: Document) -> None:
    """Drop the widget lines (`widget_reason`), with the sign-up button under a paywall prompt and the
    title under a gallery link that is a count alone (`Galerie photos (8)`, then the gallery's title),
    the share bars the classifier kept (`_drop_share_bars`), the buttons under a follow prompt and
    the lone buttons of a toolbar."""
    _drop_share_bars(doc)
    _drop_follow_buttons(doc)
    _drop_promo_boxes(doc)
    _take_badged_box_links(doc)
    _drop_widget_lines(doc)
    _drop_lone_buttons(doc)


def _drop_widget_lines(doc: Document) -> None:
    pieces = doc.pieces
    open_pieces = [p for p in pieces if open_after_classifier(p) and len(p.text) <= _MAX_NOTE_CHARS]
    text = "\n".join([p.text for p in open_pieces])
    hints = _LONG_HINTS + script_hints(text, _SCRIPT_HINTS)
    candidates = doc.find(literals=hints, fold_case=True, among=open_pieces)
    candidates += doc.find(literals=_SHORT_HINTS, fold_case=True, longest=_MAX_SHORT_CHARS, among=open_pieces)
    candidates += doc.find(literals=_VIDEO_HINTS, fold_case=True, longest=_MAX_VIDEO_CHARS, among=open_pieces)
    candidates += doc.find(literals=_START_HINTS, fold_case=True, among=open_pieces)
    candidates += [p for p in open_pieces if p.text[:1] in _SIGN_OFF_STARTS and len(p.text) <= _MAX_SIGN_OFF_CHARS]
    candidates += [p for p in open_pieces if p.text[-1:].isdigit() and is_gallery_counter(p.text)]
    candidates += [p for p in open_pieces if len(p.text) <= _MAX_END_MARK_CHARS and _END_MARK.match(p.text)]
    candidates += [p for p in open_pieces if p.text[-1:] == ")" and _RUNNING_TIME_END.search(p.text)]
    candidates += [p for p in open_pieces if len(p.text) <= _MAX_DURATION_CHARS and _DURATION_LINE.match(p.text)]
    if not candidates:
        return
    position = {id(p): at for at, p in enumerate(pieces)}
    last_at: dict[str, int] = {}
    end_marks: list[int] = []
    for piece in sorted(dict.fromkeys(candidates), key=lambda p: position[id(p)]):
        at = position[id(piece)]
        if not open_after_classifier(piece):  # taken as the button or title of a widget above it
            continue
        # the rest of its line, which `split_glued_text` cut into sentences (`All rights reserved.`)
        rest = line_end(pieces, at)
        reason = widget_reason(piece.text)
        if reason is None and at > 0 and _is_titled_video(piece.text, pieces[at - 1]):
            reason = "video link"  # a title with its running time under a label (`Zobacz wideo`)
        if reason is None and at > 0 and _DURATION_LINE.match(piece.text):
            link = pieces[at - 1]  # `WATCH | Why rural emergency rooms keep going dark at night:` | `Duration 2:41`
            if _VIDEO_START.match(link.text) and len(link.text) <= _MAX_VIDEO_CHARS:
                reason = "video link: its running time"
                if open_after_classifier(link):  # (`find_related` may have taken it as a link)
                    doc.drop(link, "video link: its title (its running time is on the next line)")
        if reason is None and rest > at + 1:  # the widget may be the whole line only (`Video: A. B (1:48)`)
            reason = widget_reason(" ".join(p.text for p in pieces[at:rest]))
        if reason is None:
            continue
        if reason == "copyright notice" and piece.label is None and at > 0 and pieces[at - 1].label is None:
            # a station's notice as the last line of its story, which the classifier kept with it (`Copyright 2019
            # Hawaii News Now. All rights reserved.`): the corpus's annotators keep it in the body
            continue
        doc.drop(piece, reason)
        for line_rest in pieces[at + 1 : rest]:
            doc.drop(line_rest, f"{reason} (the rest of its line)")
        # and the sentences before it on its line, when the whole line is the widget (`Run X without managing
        # clusters. Try X Cloud free for 14 days.`, which `split_glued_text` cut in two)
        start = at
        while start > 0 and pieces[start].data.get("joins_previous") and open_after_classifier(pieces[start - 1]):
            start -= 1
        if start < at and widget_reason(" ".join(p.text for p in pieces[start:rest])) == reason:
            for line_start in pieces[start:at]:
                doc.drop(line_start, f"{reason} (the rest of its line)")
        if reason == "donation prompt":
            _drop_appeal_above(doc, start)
            for line in pieces[rest : rest + _MAX_DONATION_LINES]:  # its amounts, how often, and its button
                if not (open_after_classifier(line) and _DONATION_CHOICE.match(line.text.strip())):
                    break
                doc.drop(line, "donation prompt: an amount or a button")
        if reason == "paywall prompt":
            _drop_premium_teaser_above(doc, start)
        following = _undecided_after(pieces, rest - 1)
        if following is None:
            continue
        if reason == "paywall prompt":
            for line in _paywall_lines(pieces, rest):
                doc.drop(line, "paywall prompt: its offer, buttons and lines")
            if _is_label(piece.text) and following.label is None and _is_teaser_title(following.text):
                # a label over a locked story's headline (`Article réservé aux abonnés` | its headline)
                doc.drop(following, "paywall prompt: the headline of the story it locks")
        elif reason == "photo gallery link" and _is_count_alone(piece.text) and _is_gallery_title(following.text):
            doc.drop(following, "photo gallery link: the gallery's title")
        elif reason == _STANDINGS_ROW and at > 0 and open_after_classifier(heading := pieces[at - 1]):
            if _STANDINGS_HEADING.match(heading.text.strip(" :")):
                doc.drop(heading, "league table: its heading")
        elif reason == _PAGE_NAVIGATION:  # the page numbers and links beside it
            for line in pieces[rest : rest + _MAX_PAGE_LINKS]:
                if not open_after_classifier(line) or not (line.text.isdigit() or widget_reason(line.text) == reason):
                    break
                doc.drop(line, f"{reason}: a link to a page")
        elif reason == _TIP_PROMPT:
            if len(following.text) <= _MAX_CONTACT_LINE_CHARS and _CONTACT.search(following.text):
                doc.drop(following, "tip prompt: how to send a tip")
        elif reason.endswith("disclaimer"):
            if (heading_at := _heading_above(pieces, start, _DISCLAIMER_HEADING, 1)) is not None:
                doc.drop(pieces[heading_at], f"{reason}: its heading")
        elif reason == "end mark":
            end_marks.append(rest)
        elif reason == "follow prompt":
            if start > 0 and open_after_classifier(heading := pieces[start - 1]) and _is_keep_up(heading.text):
                doc.drop(heading, "follow prompt: its heading")  # (`Stay updated on the go`)
            for line in pieces[rest : rest + 2]:
                if not (open_after_classifier(line) and is_follow_button(line.text)):
                    break
                doc.drop(line, "follow prompt: its button")
        elif reason == "video link":
            if _PLAY_BUTTON.match(following.text.strip()):  # `Video: ... (2:47)` | `Přehrát video`
                doc.drop(following, "video link: its play button")
            if at > 0 and open_after_classifier(label := pieces[at - 1]):
                if _VIDEO_HEADING.fullmatch(label.text.strip(" :")):
                    doc.drop(label, "video link: its label")
                elif is_video_button(piece.text) and _is_video_title(label.text):
                    doc.drop(label, "video link: its title (its button is on the next line)")
        elif reason == "embedded content placeholder":  # its buttons, and its consent sentence among them
            at = rest
            while at < min(rest + _MAX_EMBED_LINES, len(pieces)) and open_after_classifier(line := pieces[at]):
                end = line_end(pieces, at)
                whole = " ".join(p.text for p in pieces[at:end])
                if len(whole.split()) <= _MAX_EMBED_BUTTON_WORDS and _EMBED_BUTTON.search(whole):
                    why = "embedded content placeholder: its button"
                elif widget_reason(whole) == reason:
                    why = reason
                else:
                    break
                for part in pieces[at:end]:
                    doc.drop(part, why)
                at = end
        elif reason == _VIDEO_LABEL_REASON and at > 0 and open_after_classifier(title := pieces[at - 1]):
            if len(title.text.split()) <= _MAX_VIDEO_TITLE_WORDS and not ends_sentence(title.text):
                doc.drop(title, "video player: the video's title")
        elif reason == _EPISODE_REASON:
            if at > 0 and open_after_classifier(title := pieces[at - 1]) and _is_episode_title(title.text):
                doc.drop(title, "podcast player: the episode's title")
                if at > 1 and open_after_classifier(label := pieces[at - 2]) and _PODCAST_LABEL.fullmatch(label.text):
                    doc.drop(label, "podcast player: its label")
            if _PLAY_BUTTON.match(following.text.strip()):
                doc.drop(following, "podcast player: its button")
        elif reason == "continuation note" and _RUNNING_TIME_END.search(following.text):
            doc.drop(following, "continuation note: the title of the video above the text")
        elif reason == "continuation note" and len(following.text.split()) <= _MAX_VIDEO_TITLE_WORDS:
            # the title, then its running time on a line of its own (`Ile zarabiają Polacy?` | `04:27`)
            after = _undecided_after(pieces, position[id(following)])
            if after is not None and _DURATION_LINE.match(after.text):
                doc.drop(following, "continuation note: the title of the video above the text")
                doc.drop(after, "continuation note: the running time of the video above the text")
        elif reason == "weather warning":  # its lines: the regions and times of each warning
            for line in pieces[rest : rest + _MAX_WARNING_LINES]:
                if not open_after_classifier(line) or len(line.text) > _MAX_WARNING_CHARS or ends_sentence(line.text):
                    break
                doc.drop(line, "weather warning: a warning's regions and times")
        elif reason == "table of contents":  # its toggle, and the entries that name the crossheads below
            # where each short line stands last, looked up once a page (each entry must name a line below it)
            last_at = last_at or {p.text: i for i, p in enumerate(pieces) if len(p.text) <= _MAX_ENTRY_CHARS}
            _drop_contents_entries(doc, pieces, rest, last_at)
        elif reason == "contact details":  # the name, e-mail and phone under the heading
            for line in pieces[rest : rest + _MAX_CONTACT_LINES]:
                if not open_after_classifier(line) or len(line.text) > _MAX_CONTACT_CHARS or ends_sentence(line.text):
                    break
                doc.drop(line, "contact details: a line of them")
    if end_marks:
        _drop_after_end_mark(doc, end_marks)


# A video's label above its link: the word, or a short phrase that ends with it (`Zobacz wideo`, `Watch the video`)
_VIDEO_HEADING = regex.compile(rf"(?i)(?:\w+\s+){{0,3}}(?:{_VIDEO_WORDS})")


def _is_titled_video(text: str, above: Piece) -> bool:
    """`text` is a video's title with its running time (`Sobczak przed turniejem (2:48)`) under its label."""
    return (
        len(text) <= _MAX_VIDEO_CHARS and _RUNNING_TIME_END.search(text) is not None
        and open_after_classifier(above) and _VIDEO_HEADING.fullmatch(above.text.strip(" :")) is not None
    )  # fmt: skip


def _drop_share_bars(doc: Document) -> None:
    """A run of `_MIN_SHARE_BUTTONS` or more short lines that each name a share or follow button (`Diesen Beitrag
    teilen` | `Facebook` | `LinkedIn` | `XING` | `E-Mail` | `Drucken`), which the classifier kept where an article
    ends: no article text is a list of networks."""
    pieces = doc.pieces
    done = -1
    for at, piece in enumerate(pieces):
        # (the few kept buttons first; the run around each is then read both ways)
        if at <= done or piece.label is not None or not _is_share_button(piece):
            continue
        start, end = at, at + 1
        while start > 0 and _is_share_button(pieces[start - 1]):
            start -= 1
        while end < len(pieces) and _is_share_button(pieces[end]):
            end += 1
        done = end
        if end - start >= _MIN_SHARE_BUTTONS:
            for button in pieces[start:end]:
                if button.label is None:  # (what the classifier dropped keeps its reason)
                    doc.drop(button, "share bar: a button")


_FOLLOW_PROMPT_REASONS = ("follow prompt", "share/follow prompt")


# A box of sponsored content or of the site's own promotion (a webinar, a whitepaper) inside a story: its label,
# a headline and a blurb, then its button (`Download the whitepaper`, `Register now`) and whose it is.
_PROMO_LABEL = regex.compile(
    r"(?i)^(?:sponsored(?:\s+(?:content|post|article|story))?|paid\s+(?:content|post|partnership)|partner\s+content"
    r"|promoted(?:\s+content)?|advertorial|brand\s+(?:studio|content)|(?:free\s+|upcoming\s+|on-demand\s+|live\s+)?webinar"
    r"|virtual\s+event|(?:free\s+)?(?:whitepaper|white\s+paper|e-?book)|gesponserter?\s+inhalt|contenu\s+sponsorisé"
    r"|contenido\s+patrocinado|contenuto\s+sponsorizzato|treść\s+sponsorowana|artykuł\s+sponsorowany"
    r"|gesponsorde?\s+inhoud|publireportage)\s*:?$"
)
_PROMO_STARTS = tuple(
    "\n" + word
    for word in "sponsored|paid |partner content|promoted|advertorial|brand |free |upcoming |on-demand |live webinar|"
    "webinar|virtual event|whitepaper|white paper|ebook|e-book|gesponsert|contenu sponsoris|contenido patrocinado|"
    "contenuto sponsorizzato|treść sponsorowana|artykuł sponsorowany|gesponsord|publireportage".split("|")
)
_PROMO_BUTTON = regex.compile(
    r"(?i)^(?:download\b.{0,30}|register(?:\s+(?:now|here|today|for\s+free))?|learn\s+more|read\s+now|unlock(?:\s+\w+)?|get\s+(?:the|your)\b.{0,30}"
    r"|save\s+(?:your|my)\s+(?:seat|spot)|watch\s+(?:now|on\s+demand)|request\s+(?:a\s+)?demo|read\s+the\s+(?:report|guide)"
    r"|jetzt\s+(?:herunterladen|anmelden|registrieren)|mehr\s+erfahren|en\s+savoir\s+plus|inscrivez-vous|télécharger"
    r"|descargar|regístrate|más\s+información|scarica|pobierz|zarejestruj\s+się|dowiedz\s+się\s+więcej)\s*[→›»>]?$"
)
_PROMO_OWNER = regex.compile(
    r"(?i)^(?:sponsored|presented|brought\s+to\s+you|paid\s+for|powered)\s+by\b|^(?:gesponsert|präsentiert)\s+von\b"
    r"|^(?:sponsorisé|présenté)\s+par\b|^patrocinado\s+por\b|^sponsorizzato\s+da\b|^sponsorowane\s+przez\b"
)
_PREMIUM_HINTS = ("premium", "plus", "+")
_MAX_PROMO_LINES, _MAX_PROMO_LINE_WORDS, _MAX_PROMO_BUTTON_WORDS = 5, 40, 6


def _drop_promo_boxes(doc: Document) -> None:
    """A sponsored or promotional box inside the story (`Sponsored content` | a headline | a blurb | `Download the
    whitepaper` | `Sponsored by X`; `Free webinar` | a title | its date | `Register now`): its label, the lines up to
    its button, and the line that says whose it is. Without a button within a few short lines, no box."""
    pieces = doc.pieces
    open_pieces = [p for p in pieces if open_after_classifier(p) and len(p.text) <= 40]
    labels = [p for p in doc.find(literals=_PROMO_STARTS, fold_case=True, among=open_pieces)
              if _PROMO_LABEL.match(p.text.strip())]  # fmt: skip
    # a premium tier's teaser (`Premium` | a headline | a blurb | `Read now`)
    labels += [p for p in doc.find(literals=_PREMIUM_HINTS, fold_case=True, among=open_pieces)
               if _PREMIUM_LABEL.match(p.text.strip())]  # fmt: skip
    if not labels:
        return
    position = {id(p): at for at, p in enumerate(pieces)}
    for label in sorted(set(labels), key=lambda p: position[id(p)]):
        at = position[id(label)]
        if not open_after_classifier(label):
            continue
        end = None
        for i in range(at + 1, min(len(pieces), at + 1 + _MAX_PROMO_LINES)):
            line = pieces[i]
            if line.label == Label.DROPPED and not open_after_classifier(line):  # (its date: `find_datelines` took it)
                continue
            if not open_after_classifier(line) or len(line.text.split()) > _MAX_PROMO_LINE_WORDS:
                break
            if len(line.text.split()) <= _MAX_PROMO_BUTTON_WORDS and _PROMO_BUTTON.match(line.text.strip()):
                end = i
                break
            if _PREMIUM_LABEL.match(label.text.strip()) and _is_paywall(line.text):
                end = i - 1  # a premium teaser's prompt, which the paywall rule takes with its buttons
                break
            if _PREMIUM_LABEL.match(label.text.strip()) and _OFFER.search(line.text):
                end = i  # a premium teaser's offer (`Jetzt einen Monat für 0,99 € testen`)
                break
        if end is None:
            continue
        owner = pieces[end + 1] if end + 1 < len(pieces) else None
        if owner is not None and open_after_classifier(owner) and _PROMO_OWNER.match(owner.text):
            end += 1
        box = pieces[at : end + 1]
        if all(line.label is not None for line in box):  # (a menu the classifier dropped whole keeps its reasons)
            continue
        for line in box:
            if open_after_classifier(line):
                doc.drop(line, "promotional box: sponsored content or the site's own offer")


_DISCLAIMER_HEADING = regex.compile(
    r"(?i)^(?:disclaimer|haftungsausschluss|avertissement|descargo\s+de\s+responsabilidad|esclusione\s+di\s+responsabilità"
    r"|zastrzeżenie|disclaimer\s+legal)\s*:?$"
)


def _drop_after_end_mark(doc: Document, marks: list[int]) -> None:
    """What the classifier kept after a story's end mark (`###` under a news release, `– Ende –`; `marks` are where
    what follows each starts): the release's boilerplate about its issuer and the study's data (`About X`,
    `Journal: ...`, `DOI: ...`), which the span grew across as across a fact box. After the first mark with less
    kept text after it than before it: a mark at the top of a page is no end."""
    pieces = doc.pieces
    kept = list(accumulate((len(p.text) if p.label is None else 0 for p in pieces), initial=0))
    for at in marks:
        if 0 < kept[-1] - kept[at] < kept[at]:
            for piece in pieces[at:]:
                if piece.label is None:
                    doc.drop(piece, "after the story's end mark")
            return


_MAX_KEEP_UP_WORDS = 8


def _is_keep_up(text: str) -> bool:
    return len(text.split()) <= _MAX_KEEP_UP_WORDS and not ends_sentence(text) and KEEP_UP.match(text) is not None


# A badge over a link to a story for subscribers (`Abo`, `Plus`, `SZ+`)
_SUBSCRIBERS_BADGE = regex.compile(r"(?i)^(?:abo|plus|premium|exklusiv|abonnés|\S{1,12}\+)$")
_MAX_LINK_WORDS = 20


def _take_badged_box_links(doc: Document) -> None:
    """A subscribers' badge under a box's link (`Mehr zum Thema` | a link | `Abo` | a link): the badge, and the
    headline under it, which is the box's next link (`find_related` stopped at the badge)."""
    pieces = doc.pieces
    for at in range(1, len(pieces) - 1):
        badge, link = pieces[at], pieces[at + 1]
        if pieces[at - 1].label != Label.RELATED or badge.label is not None or not _SUBSCRIBERS_BADGE.match(badge.text):
            continue
        if link.label is None and len(link.text.split()) <= _MAX_LINK_WORDS and not ends_sentence(link.text):
            doc.drop(badge, "related-story box: the subscribers' badge of its next link")
            doc.label(link, Label.RELATED, "link to a related story (under a subscribers' badge)", title=link.text)


_MAX_LABEL_WORDS = 5


# A label that says a story is for subscribers (not a prompt to sign in, which may stand over the page's own headline)
_SUBSCRIBERS_ONLY = regex.compile(
    r"(?i)r[ée]serv[ée]e?s?\s+aux\s+abonn[ée]s|for\s+subscribers(?:\s+only)?|subscribers\s+only|nur\s+für\s+abonnenten"
    r"|exclusiv[oa]\s+para\s+(?:suscriptores|assinantes)|riservato\s+agli\s+abbonati|alleen\s+voor\s+abonnees"
    r"|tylko\s+dla\s+(?:subskrybentów|prenumeratorów)|pouze\s+pro\s+předplatitele|только\s+для\s+подписчиков"
)


def _is_label(text: str) -> bool:
    """A short label over a locked story (`Article réservé aux abonnés`)."""
    short = len(text.split()) <= _MAX_LABEL_WORDS and not ends_sentence(text)
    return short and _SUBSCRIBERS_ONLY.search(text) is not None


def _is_teaser_title(text: str) -> bool:
    return len(text.split()) <= _MAX_LINK_WORDS and not ends_sentence(text)


_MAX_LONE_BUTTON_CHARS = 15
# A donation box's choices under its prompt: an amount, how often, or its button (`100 грн`, `Monthly`, `Donate`)
_DONATION_CHOICE = regex.compile(
    r"(?i)^(?:[$€£₴₽]\s?\d{1,5}|\d{1,5}\s?(?:грн|₴|€|\$|£|zł|kč|руб\.?|₽)(?:\s+(?:per|a|/)\s*\w+)?"
    r"|разово|щомісяця|щомісячно|ежемесячно|единоразово|one-off|one-time|single|monthly|annually|yearly|einmalig|monatlich"
    r"|jednorazowo|miesięcznie|підтримати|поддержать|donate(?:\s+now)?|spenden|continue)$"
)
_MAX_DONATION_LINES = 8
_RUNNING_TIME_ALONE = regex.compile(r"(?i)^\d{1,3}\s?(?:min\.?|mins?|minuten|minutes|minutos|minuti)$|^\d{1,2}:\d{2}$")


def _drop_lone_buttons(doc: Document) -> None:
    """A word alone between two short lines that are dropped (`Gem` | `Del` | `Giv artikel` in a toolbar whose
    other buttons were known): a button of the same bar, not a line of the story."""
    pieces = doc.pieces
    for at in range(1, len(pieces) - 1):
        piece = pieces[at]
        if len(piece.text) > _MAX_LONE_BUTTON_CHARS or piece.label is not None:
            continue
        above, below = pieces[at - 1], pieces[at + 1]
        if above.label == Label.DROPPED and above.reason == "audio player" and _RUNNING_TIME_ALONE.match(piece.text):
            doc.drop(piece, "audio player: its running time")  # (`Artikel anhören` | `5 Min.`)
            continue
        if " " in piece.text:
            continue
        if all(p.label == Label.DROPPED and len(p.text) <= _MAX_SHARE_BUTTON_CHARS for p in (above, below)):
            if piece.text.isalpha():
                doc.drop(piece, "toolbar: a button between two others")


def _drop_follow_buttons(doc: Document) -> None:
    """A follow or join button kept under a follow prompt that is dropped (`Urmărește X pe WhatsApp` |
    `Intră pe canal`): the prompt's button, however its words read alone."""
    pieces = doc.pieces
    for above, piece in zip(pieces, pieces[1:]):
        if above.label == Label.DROPPED and above.reason.startswith(_FOLLOW_PROMPT_REASONS):
            if piece.label is None and is_follow_button(piece.text):  # (kept by the classifier)
                doc.drop(piece, "follow prompt: its button")


def _is_share_button(piece: Piece) -> bool:
    return (
        open_after_classifier(piece) and len(piece.text) <= _MAX_SHARE_BUTTON_CHARS
        and furniture_kind(piece.text) in ("share", "follow")
    )  # fmt: skip


def _drop_contents_entries(doc: Document, pieces: list[Piece], at: int, last_at: dict[str, int]) -> None:
    """The lines under a table of contents' heading from `at`: a toggle (`Przełącz`, `Toggle`), then entries,
    each a crosshead further down the page, numbered or not (`1. Co zadziałało`)."""
    if at < len(pieces) and open_after_classifier(pieces[at]) and _TOGGLE.match(pieces[at].text):
        doc.drop(pieces[at], "table of contents: its toggle")
        at += 1
    while at < len(pieces) and open_after_classifier(entry := pieces[at]) and len(entry.text) <= _MAX_ENTRY_CHARS:
        name = _ENTRY_NUMBER.sub("", entry.text, count=1)
        if name.endswith(".") or last_at.get(name, -1) <= at:
            break  # (a crosshead ends with no full stop)
        doc.drop(entry, "table of contents: an entry (a crosshead below)")
        at += 1


def _is_episode_title(text: str) -> bool:
    """An episode's title over its player: short, and a show's name or a headline, no sentence
    (`Podcast „Schlüsselfertig“: Wie sicher ist der Router im Flur?`)."""
    return len(text.split()) <= _MAX_VIDEO_TITLE_WORDS and ("podcast" in text.lower() or not text.endswith("."))


def is_follow_button(text: str) -> bool:
    """A follow or join button (`Follow`, `Folgen`, `Seguir`), under a name or a prompt.

    >>> is_follow_button("Follow"), is_follow_button("Follow the money to the council's accounts")
    (True, False)
    """
    return len(text.split()) <= _MAX_FOLLOW_BUTTON_WORDS and _FOLLOW_BUTTON.search(text) is not None


def _paywall_lines(pieces: list[Piece], at: int) -> list[Piece]:
    """The lines under a paywall's prompt that belong to it: the short lines up to its last offer, button or
    prompt (`4 Wochen für 0,99 €`, `Jetzt testen`, `Sie sind bereits Abonnent?`). No article text follows a paywall,
    but a prompt set at the top of a page may: lines that are none of these end it."""
    run: list[Piece] = []
    last = 0
    for line in pieces[at : at + _MAX_PAYWALL_LINES]:
        if not open_after_classifier(line) or len(line.text.split()) > _MAX_PAYWALL_LINE_WORDS:
            break
        run.append(line)
        if _is_button(line.text) or _OFFER.search(line.text):
            last = len(run)
    return run[:last]


def _undecided_after(pieces: list[Piece], at: int) -> Piece | None:
    return pieces[at + 1] if at + 1 < len(pieces) and open_after_classifier(pieces[at + 1]) else None


def _is_button(text: str) -> bool:
    if len(text.split()) > _MAX_BUTTON_WORDS:
        return False
    return _BUTTON.search(text) is not None or _is_paywall(text)


def _is_count_alone(text: str) -> bool:
    """The gallery link names no title: its gallery word and count are all it says."""
    return ":" not in text and len(text.split()) <= 5


def _is_gallery_title(text: str) -> bool:
    return 2 <= len(text.split()) <= _MAX_GALLERY_TITLE_WORDS and text[-1:] not in ".!?:"


_MAX_VIDEO_TITLE_CHARS = 120


def _is_video_title(text: str) -> bool:
    """A video's title above its button (`Inspecteurs laten zien waar de brug is gescheurd`): a heading, no sentence."""
    return 0 < len(text) <= _MAX_VIDEO_TITLE_CHARS and not ends_sentence(text) and ":" not in text


# The heading of a reader-funded site's appeal, a few lines above its plea (`Before you go …`)
_APPEAL_HEADING = regex.compile(
    r"(?i)^(?:before\s+you\s+go|bevor\s+sie\s+gehen|avant\s+de\s+partir|antes\s+de\s+(?:irte|que\s+te\s+vayas)"
    r"|prima\s+di\s+andare)\b"
)
_MAX_APPEAL_LINES = 3


def _drop_appeal_above(doc: Document, at: int) -> None:
    """The appeal's heading and its lines above its plea at `at` (`Before you go …` | `This story took three
    months ...` | `The Meridian is funded by its readers ...`)."""
    start = _heading_above(doc.pieces, at, _APPEAL_HEADING, _MAX_APPEAL_LINES)
    if start is not None:
        for piece in doc.pieces[start:at]:
            doc.drop(piece, "donation prompt: its heading and lines")


def _heading_above(pieces: list[Piece], at: int, heading: regex.Pattern[str], most: int) -> int | None:
    """Where a line matching `heading` stands among the `most` lines above `at`, all of them open (a box's
    heading over the lines of a prompt); None if none does."""
    for start in range(at - 1, max(-1, at - 1 - most), -1):
        if not open_after_classifier(pieces[start]):
            return None
        if heading.match(pieces[start].text.strip()):
            return start
    return None


# A premium tier's label over its teaser inside a story (`Premium`, `Le conseil Premium`, `SZ Plus`, `KOMPASS+`)
_PREMIUM_LABEL = regex.compile(r"(?i)^(?:\S+\s+){0,2}(?:premium|plus)$|^\S+\+$")
_MAX_TEASER_TITLE_WORDS, _MAX_TEASER_LINES = 20, 2  # the label, and a title under it


def _drop_premium_teaser_above(doc: Document, at: int) -> None:
    """A premium teaser's label and title above its paywall prompt at `at` (`Premium` | `Kdo zaplatí vyschlé
    studny? ...` | `Celý článek si přečtete s předplatným ...`)."""
    pieces = doc.pieces
    start = _heading_above(pieces, at, _PREMIUM_LABEL, _MAX_TEASER_LINES)
    if start is None:
        return
    title = pieces[start + 1 : at]
    if all(len(p.text.split()) <= _MAX_TEASER_TITLE_WORDS and not ends_sentence(p.text) for p in title):
        for piece in pieces[start:at]:
            doc.drop(piece, "paywall prompt: its premium teaser's label and title")
