"""Build the gold of the second batch of dev additions of 2026-12-08 by annotator dev3b (non-state publishers).

Schema 1.1 gold written blind from the text (GUIDELINES.md): every span is given as its
exact text (+ occurrence / after= anchor) and resolved by goldlib, which asserts it.
Run: cd corpora/releases/tools && python3 build_gold_dev3b.py [function names]
Sources and metadata of each document: ../sources_dev3b.tsv.
"""
# ruff: noqa: E501
from goldlib import Gold, build, document_functions

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Schema 1.1 gold per GUIDELINES.md and the README's settled conventions, written blind from the text (dev additions of 2026-12-08, second batch, annotator dev3b, non-state publishers; presskz was never run on these texts). Events: one entry per mention, mentions of one happening share a cluster id; when/where are the time/place texts as written in that mention's clause (null when the clause has none).",
    "Older corpus conventions followed where dev2a and dev2b differed: a deadline 'X-ға/-ге дейін' is an open range '/X' spanning the 'дейін'; with no publication date 'Биыл' -> 'XXXX', 'Бүгін' -> 'PRESENT_REF', 'Алдағы уақытта' -> 'FUTURE_REF', 'жыл сайын' -> set 'P1Y'; 'N жыл толады' / 'N жылдығы' -> duration 'PNY'; unquoted street names keep the generic noun in a FACILITY span ('Сарыарқа даңғылы'); a role at a named body is one POSITION with the body nested; honorary titles and degrees are POSITION; a jubilee or holiday named as the frame or dedication is not an event mention.",
    "dev3b decisions: (1) an outlet's credit line for its own report ('..., деп хабарлайды ERNUR.KZ') is an indirect quote with the outlet as speaker_entity (README settled convention), also when the outlet wrote the item; when it cites a source ('... сілтеме жасап') the speaker_entity is the source. (2) Plans without a specific happening ('іс-шаралармен атап өтуді жоспарлап отырмыз', 'бірнеше шара ұйымдастыру жоспарда бар') are not event mentions. (3) Newspapers, TV channels and web outlets named in the text are ORGANISATION (text inside the quotes). (4) A classifier word between a number and its noun ('90 түп тал') is inside the quantity span; the unit is the counted noun ('тал'). (5) A stored copy that stops inside a quote ends before that quote (its attribution is lost), as the football-federation item of dev2b.",
]


def new(doc_id, ref, **meta):
    return Gold(doc_id, ref, notes=COMMON_NOTES, **meta)

def turkistan_fair():
    g = new("turkistan-civil-alliance-projects-fair", None,
            publisher="Turkistan regional Civil Alliance (association of legal entities)", publisher_kind="ngo",
            url="https://ernur.kz./turkistan-oblysy/turkistan-uzdik-aleumettik-zhobalar-zharmenkesi-otti",
            published=None, outlet="ERNUR.KZ", text_kind="report")
    g.note("ERNUR.KZ's report of the fair of social projects run by the Turkistan regional Civil Alliance. The stored copy shows no date (reaction/view counters '0', '1 067' and the repeated headline dropped): reference_date null. The sub-headline is kept as the second line. The stored copy stops inside the deputy akim's quote («Келесі жылдан бастап ...»); the text ends before it (dev3b decision 5).")
    g.note("'ТҮРКІСТАН' (headline prefix) and 'Түркістан облысында' = GPE Түркістан. 'Түркістан облысы Азаматтық Альянсы заңды тұлғалар бірлестігінің' = ORGANISATION (nested GPE). 'Азаматтық бастамаларды қолдау үйінде' = FACILITY (the venue). 'Түркістан облысы әкімінің орынбасары' = POSITION (nested GPE). '20-ға жуық' (x2) = cardinal 20 about (unit жоба); '11 жобаға' = cardinal 11; '2,1 млн. теңге' = money 2100000 KZT. 'болашақта' = relative FUTURE_REF. 'жылдық қорытынды есебі' (annual report) is not a temporal.")
    g.note("Events: c1 = the fair of social projects (fair): headline 'жәрмеңкесі өтті' (past), sub-headline 'жәрмеңкеге ... ұсынылды' (past), lead 'жәрмеңкесіне ... тапсырылып' (past). c2 = the award gathering where the grants were handed over (award): 'гранттар тапсырылды' (past), 'Марапаттау жиыны ... өткенін' (past, where the House of civil initiatives), 'жиынның негізгі бөлігінде ... өтті' (past), 'Шарада ... сөз алған' (past). The Alliance's annual report inside the gathering is a report, not a separate happening (dev2a). main_event c1. Quotes: the credit line '..., деп хабарлайды ERNUR.KZ' = indirect, speaker_entity ERNUR.KZ (dev3b decision 1); Қалқаманов's 'сенім білдірді' = indirect (content = the clause believed).")
    g.ent("ТҮРКІСТАН", "GPE", "Түркістан")
    g.ev("fair", "жәрмеңкесі", "past", cluster="c1", n=1)
    g.qty("20-ға жуық", "cardinal", 20, unit="жоба", approx="about", n=1)
    g.ev("fair", "жәрмеңкеге", "past", cluster="c1", amounts=["20-ға жуық жоба"])
    g.ent("Түркістан", "GPE", after="ұсынылды.")
    g.ev("fair", "жәрмеңкесіне", "past", cluster="c1", where="Түркістан облысында")
    g.qty("20-ға жуық", "cardinal", 20, unit="жоба", approx="about", n=2)
    g.qty("11 жобаға", "cardinal", 11, unit="жоба")
    g.qty("2,1 млн. теңге", "money", 2100000, unit="KZT")
    g.ev("award", "тапсырылды", "past", cluster="c2", participants=["11 жобаға"], amounts=["2,1 млн. теңге"])
    g.ent("ERNUR.KZ", "ORGANISATION")
    g.quote("Түркістан облысында үздік әлеуметтік жобалар жәрмеңкесіне жалпы 20-ға жуық жоба тапсырылып, комиссия шешімімен 11 жобаға 2,1 млн. теңге көлемінде қаржылай кіші гранттар тапсырылды",
            None, "деп хабарлайды", kind="indirect", speaker_entity="ERNUR.KZ")
    g.ev("award", "Марапаттау жиыны", "past", cluster="c2",
         where="жаңадан ашылған Азаматтық бастамаларды қолдау үйінде")
    g.ent("Азаматтық бастамаларды қолдау үйінде", "FACILITY", "Азаматтық бастамаларды қолдау үйі")
    g.ev("award", "жиынның", "past", cluster="c2")
    ORG = "Түркістан облысы Азаматтық Альянсы заңды тұлғалар бірлестігі"
    g.ent("Түркістан облысы Азаматтық Альянсы заңды тұлғалар бірлестігінің", "ORGANISATION", ORG)
    g.nested("Түркістан", "GPE", after="негізгі бөлігінде")
    g.ev("award", "Шарада", "past", cluster="c2")
    P = "Түркістан облысы әкімінің орынбасары"
    g.ent(P, "POSITION")
    g.nested("Түркістан", "GPE", after="сөз алған")
    g.ent("Сәкен Қалқаманов", "PERSON")
    g.tmp("болашақта", "relative", "FUTURE_REF")
    g.quote("болашақта бұл орын азаматтық сектор өкілдерінің ортақ шаңырағына айналатындығына",
            "Сәкен Қалқаманов", "сенім білдірді", kind="indirect")
    g.person("Сәкен Қалқаманов", [P], [("Сәкен Қалқаманов",)])
    g.announce(headline="ТҮРКІСТАН: Үздік әлеуметтік жобалар жәрмеңкесі өтті", issuer=ORG, outlet="ERNUR.KZ",
               published=None, place="Түркістан", main_event="c1")
    return g.save()

def birgemiz_fund():
    g = new("birgemiz-fund-first-month-report", None,
            publisher="#Birgemiz public fund", publisher_kind="ngo",
            url="https://newsroom.kz/3643/karantindegi-ayyrymdyly-sharalary",
            published=None, outlet="Newsroom.kz", text_kind="report")
    g.note("Newsroom.kz's report of the #Birgemiz fund's first month, from the fund's own daily report on its site. No headline in the stored copy (page address: 'karantindegi-ayyrymdyly-sharalary') and no date: reference_date null, so '2 сәуір күні' -> XXXX-04-02 and '22 сәуір ... 18:00' -> XXXX-04-22T18:00 (the year is only inside the report's URL, which is not used). The stored copy stops mid-sentence in the next example ('... өтініші аяқсыз қалмай,'); the text ends at the last complete sentence. The report's URL line is kept as in the stored copy.")
    g.note("'#Birgemiz қорының' = ORGANISATION '#Birgemiz қоры' (the fund's name has no quotes; the generic 'қоры' is kept, as 'Қазақстан мұражайларының қоры'); «Ардагерлер ұйымы», «Мир через духовность», «Бизнес компания RG» = ORGANISATION (text inside the quotes). 'Nur Otan партиясы' = ORGANISATION. 'COVID-19' = DISEASE ('коронавирус' before it optional DISEASE). 'ел аумағында' = optional GPE Қазақстан. URLs are not entities. Money: '23 519 784 414 теңге', '38 800 000 теңге', '8 259 750 000 теңгені' (KZT). '1 ай 3 күн' = duration P1M3D; 'бір күндік', 'Бір күндік' = duration P1D; 'осы күнгі' (in 'Дәл осы күнгі') = the 22 April of the sentence before (XXXX-04-22).")
    g.note("Events: c1 = the launch of the fund's website ('веб-сайтын іске қосты', launch, past, when '2 сәуір күні'). The fund's founding is the frame of its age ('құрылғанына ... толыпты'), the donations, expenses and the handling of applications are figures and ongoing work, not happenings. The item has no headline and its lead is about the fund's age and figures: main_event null. No quotes, no people (the stored copy stops before the named applicant).")
    g.ent("#Birgemiz қорының", "ORGANISATION", "#Birgemiz қоры")
    g.tmp("бүгін", "relative", "PRESENT_REF")
    g.tmp("1 ай 3 күн", "duration", "P1M3D")
    g.ent("Ардагерлер ұйымы", "ORGANISATION")
    g.ent("Мир через духовность", "ORGANISATION")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.optional("ел", "GPE", "Қазақстан", after="бүкіл ")
    g.optional("коронавирус", "DISEASE", "коронавирус")
    g.ent("COVID-19", "DISEASE")
    g.tmp("2 сәуір күні", "date", "XXXX-04-02")
    g.ev("launch", "іске қосты", "past", when="2 сәуір күні", cluster="c1", participants=["қор"])
    g.tmp("22 сәуір күнгі кешкі сағат 18:00", "datetime", "XXXX-04-22T18:00")
    g.tmp("бір күндік", "duration", "P1D")
    g.tmp("осы күнгі", "date", "XXXX-04-22")
    g.qty("23 519 784 414 теңге", "money", 23519784414, unit="KZT")
    g.qty("38 800 000 теңге", "money", 38800000, unit="KZT")
    g.ent("Бизнес компания RG", "ORGANISATION")
    g.qty("8 259 750 000 теңгені", "money", 8259750000, unit="KZT")
    g.tmp("Бір күндік", "duration", "P1D")
    g.ent("Nur Otan партиясы", "ORGANISATION")
    g.announce(headline=None, issuer="#Birgemiz қоры", outlet="Newsroom.kz", published=None, place=None,
               main_event=None)
    return g.save()

def kalleki_season():
    g = new("kalleki-theatre-season-closed", None,
            publisher="Kalibek Kuanyshbayev Kazakh Academic Music and Drama Theatre («Қаллеки»)", publisher_kind="theatre",
            url="https://qazaqstan.tv/news/19006", published=None, outlet="qazaqstan.tv", text_kind="report")
    g.note("Qazaqstan TV's item on the theatre's season closing. The stored page shows no date of its own (the 'Сондай-ақ оқыңыз' links with their dates, the 'Барлығы' line and the author byline 'Назым ҚАЙРАТ' dropped as chrome): reference_date null. No temporal in the text: the theatre season ('кезекті маусымы', '25-ші маусымы', 'бұл кезең', 'Осы уақыт аралығында') is not a calendar temporal (as in dev2b's Auezov theatre file); '25-ші' = ordinal (unit маусым), '7 қойылым' = cardinal 7.")
    g.note("«Қаллеки» (headline, line 2) = ORGANISATION (the theatre's short name, text inside the quotes); 'Қалибек Қуанышбаев атындағы қазақ академиялық музыкалық драма театрының' = ORGANISATION (nested PERSON). The plays «Абай», «Қараш-Қараш», «Аққудың көз жасы», «Жұт», «Сара», «Есігімді қаққан кім?» (with its question mark, inside the quotes), «Шие», «Сүрінген сүрбойдақ» = ART. «Золотой Витязь» = EVENT (a festival-competition the troupe took part in).")
    g.note("Events: c1 = the season closing (closing): headline 'жабылды' and line 2 'маусымы «Абай» трагедиясымен жабылды' (past); main_event. c2 = the season's premieres (performance): '7 қойылым сахналанған' (past) and 'премьералары тарту етілген' (past), one cluster for the listed premieres as the text reports them together. c3 = the competitions such as «Золотой Витязь» ('байқауларға қатысып', competition, past, title Золотой Витязь). 'демалысына шықты' (went on leave) is not a happening. No quotes, no people.")
    g.ent("Қаллеки", "ORGANISATION", n=1)
    g.ev("closing", "жабылды", "past", cluster="c1", n=1)
    g.ent("Қаллеки", "ORGANISATION", n=2)
    T = "Қалибек Қуанышбаев атындағы қазақ академиялық музыкалық драма театры"
    g.ent("Қалибек Қуанышбаев атындағы қазақ академиялық музыкалық драма театрының", "ORGANISATION", T)
    g.nested("Қалибек Қуанышбаев", "PERSON")
    g.qty("25-ші", "ordinal", 25, unit="маусым")
    g.ent("Абай", "ART", after="маусымы «")
    g.ev("closing", "жабылды", "past", cluster="c1", n=2)
    g.qty("7 қойылым", "cardinal", 7, unit="қойылым")
    g.ev("performance", "сахналанған", "past", cluster="c2", amounts=["7 қойылым"])
    for play in ("Қараш-Қараш", "Аққудың көз жасы", "Жұт", "Сара", "Есігімді қаққан кім?", "Шие", "Сүрінген сүрбойдақ"):
        g.ent(play, "ART", after="Көрермендерге")
    g.ev("performance", "премьералары", "past", cluster="c2")
    g.ent("Золотой Витязь", "EVENT")
    g.ev("competition", "байқауларға", "past", cluster="c3", title="Золотой Витязь")
    g.announce(headline="«Қаллеки» театрының кезекті маусымы жабылды", issuer=T, outlet="qazaqstan.tv",
               published=None, place=None, main_event="c1")
    return g.save()


def taraz_without_pay():
    g = new("taraz-fc-players-play-without-pay", "2020-11-22",
            publisher="FC Taraz", publisher_kind="sport",
            url="https://aladop.kz/post/taraz-futbolshylary-mausymnyn-songy-boligin-zhalaqysyz-oinap-beruge-kelisti-40536/",
            published="2020-11-22", outlet="aladop.kz", text_kind="report")
    g.note("aladop.kz's item from what the club's executive director said in an interview to the club's press service. The page shows '22.11.2020, 01:46' (dropped with the repeated headline and the reaction buttons): reference_date 2020-11-22; 'бүгін' is resolved to it by the rule (the item went up just after midnight, so the match was probably on 21 November; the text alone says 'бүгін'). The sub-headline is kept as the second line. Source typo 'делі' (= деді) kept.")
    g.note("«Тараз», \"Тараз\" (x3) and \"Жетісу\" = ORGANISATION (football clubs, text inside the quotes). 'Қазақстан біріншілігінің' (x2) = EVENT 'Қазақстан біріншілігі' (the national league, as dev2b's 'Қазақстан чемпионаты'; nested GPE). 'клубтың атқарушы директоры' = POSITION normalized with the club. 'Талғат мырза' -> PERSON 'Талғат' (the honorific outside). 'клубтың баспасөз қызметіне' (unnamed) = optional ORGANISATION. 'қазақстандық' = NORP. The football season ('маусымның соңғы бөлігін', 'маусымның соңын') is not a calendar temporal; '19-турында' = ordinal 19 (unit тур); the score '1:0' is not a quantity.")
    g.note("Events: c1 = the 19th-round match won against «Жетісу» ('19-турында ... жеңген болатын', competition, past, when 'бүгін'). Agreeing to play without pay ('келісті'), the negotiations and the interview are not happenings of the event types: main_event null. Quotes: 'Бұл туралы ... Талғат Тұрлыбайұлы айтты' = indirect (content = the sentence before it, from its opening quote mark); the paragraph in \"...\" closed by ', - делі Талғат мырза' = direct.")
    g.ent("Тараз", "ORGANISATION", n=1)
    g.ent("Тараз", "ORGANISATION", n=2)
    g.ent("Қазақстан біріншілігінің", "EVENT", "Қазақстан біріншілігі", n=1)
    g.nested("Қазақстан", "GPE", n=1, after="футболшылары Қазақстан")
    P = "«Тараз» клубының атқарушы директоры"
    g.ent("клубтың атқарушы директоры", "POSITION", P)
    g.ent("Талғат Тұрлыбайұлы", "PERSON")
    g.quote("\"Тараз\" командасының бапкерлері мен футболшылары Қазақстан біріншілігінің соңғы бөлігін жалақысыз ойнап беруге келісті",
            "Талғат Тұрлыбайұлы", "айтты", kind="indirect")
    g.ent("қазақстандық", "NORP")
    q = "Қуанышымызға орай"
    a = g.content.index(q)
    b = g.content.index("қатты қуаныштымын") + len("қатты қуаныштымын")
    g.quote(g.content[a:b], "Талғат Тұрлыбайұлы", "делі", kind="direct")
    g.ent("Талғат", "PERSON", after="делі ")
    g.optional("клубтың баспасөз қызметіне", "ORGANISATION", "«Тараз» клубының баспасөз қызметі")
    g.tmp("бүгін", "relative", "2020-11-22")
    g.ent("Тараз", "ORGANISATION", after="бүгін \"")
    g.ent("Қазақстан біріншілігінің", "EVENT", "Қазақстан біріншілігі", n=2)
    g.nested("Қазақстан", "GPE", after="бүгін \"Тараз\" ")
    g.qty("19-турында", "ordinal", 19, unit="тур")
    g.ent("Жетісу", "ORGANISATION")
    g.ev("competition", "жеңген", "past", when="бүгін", cluster="c1",
         participants=["\"Тараз\"", "\"Жетісу\" командасын"])
    g.person("Талғат Тұрлыбайұлы", [P], [("Талғат Тұрлыбайұлы",), ("Талғат", 1, "делі ")])
    g.announce(headline="«Тараз» футболшылары маусымның соңғы бөлігін жалақысыз ойнап беруге келісті",
               issuer="«Тараз» футбол клубы", outlet="aladop.kz", published="2020-11-22", place=None,
               main_event=None)
    return g.save()


def enu_jubilee():
    g = new("enu-nurpeisov-jubilee-gathering", None,
            publisher="L.N. Gumilyov Eurasian National University (Department of TV, radio and public relations)",
            publisher_kind="university", url="https://abai.kz/index.php/post/99505", published=None,
            outlet="Abai.kz", text_kind="release")
    g.note("The university department's announcement relayed by Abai.kz (the closing source line 'Abai.kz' dropped). No date shown: reference_date null; the event date carries its year ('2019 жылдың 22 қазанында' -> 2019-10-22). The stored copy's line breaks inside sentences are kept.")
    g.note("«Әбдіжәміл әлемі: шеберлік феномені» (headline) and «Әбдіжәміл Нүрпейісов әлемі: шеберлік феномені» (body) = EVENT (titles inside the quotes; the writer's name nested PERSON). '... университетінің телерадио және\\nқоғаммен байланыс кафедрасы' = one ORGANISATION across the line break (the university nested ORG, its namesake nested PERSON); the university in the last line = ORGANISATION. Honorary titles and occupations in apposition are POSITION (settled conventions): 'Қазақстанның Халық жазушысы', 'Мемлекеттік сыйлықтың лауреаты', 'мемлекеттік сыйлықтың лауреаты', 'депутат', 'академик', 'мемлекет және қоғам қайраткері', 'ғалым' (x2), 'ақын', 'Нұр-Сұлтан қаласы әкімнің орынбасары' (nested GPE). The topic lines are agenda titles, not names (dev2a); 'Ә. Нүрпейісов' inside one is a PERSON, 'XXI ғасырдағы' a date temporal '20' (TIMEX3 century). '95 жылдық' = duration P95Y. 'Мексикадан' = GPE, 'итальяндық' = NORP. The list numbers '1.' '2.' are not quantities.")
    g.note("Events: c1 = the solemn gathering for the writer's 95th jubilee (ceremony): headline 'жиын өтеді' (future, title from the headline quotes), body 'салтанатты жиын өткізеді' (future, when the date), 'Мерейтой жұмысының бағыттары' (the jubilee event's sessions, no verb: unknown) and 'Мерейтойға ... қатысады' (future, participants). Here 'мерейтой' names the gathering people attend, not the anniversary as a frame; the anniversary itself ('95 жылдық мерейтойына орай') is the dedication and not a mention. main_event c1. No quotes.")
    E1 = "Әбдіжәміл әлемі: шеберлік феномені"
    g.ent(E1, "EVENT")
    g.nested("Әбдіжәміл", "PERSON", n=1)
    g.ev("ceremony", "жиын", "future", title=E1, cluster="c1", n=1)
    DEP = "Л.Н.Гумилев атындағы Еуразия ұлттық университетінің телерадио және\nқоғаммен байланыс кафедрасы"
    g.ent(DEP, "ORGANISATION", DEP.replace("\n", " "))
    U = "Л.Н.Гумилев атындағы Еуразия ұлттық университеті"
    g.nested("Л.Н.Гумилев атындағы Еуразия ұлттық университетінің", "ORGANISATION", U, n=1)
    g.nested("Л.Н.Гумилев", "PERSON", n=1)
    P1 = "Қазақстанның Халық жазушысы"
    g.ent(P1, "POSITION")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    P2 = "Мемлекеттік сыйлықтың лауреаты"
    g.ent(P2, "POSITION")
    g.ent("Әбдіжәміл Нүрпейісовтің", "PERSON", "Әбдіжәміл Нүрпейісов")
    g.tmp("95 жылдық", "duration", "P95Y")
    g.tmp("2019 жылдың 22 қазанында", "date", "2019-10-22")
    E2 = "Әбдіжәміл Нүрпейісов әлемі: шеберлік феномені"
    g.ent(E2, "EVENT")
    g.nested("Әбдіжәміл Нүрпейісов", "PERSON", after="қазанында «")
    g.ev("ceremony", "жиын", "future", when="2019 жылдың 22 қазанында", title=E2, cluster="c1", n=2)
    g.ev("ceremony", "Мерейтой", "unknown", cluster="c1")
    g.ent("Ә. Нүрпейісов", "PERSON", "Ә. Нүрпейісов")
    g.tmp("XXI ғасырдағы", "date", "20")
    P3 = "Нұр-Сұлтан қаласы әкімнің орынбасары"
    g.ent(P3, "POSITION")
    g.nested("Нұр-Сұлтан", "GPE")
    g.ent("Б.Макен", "PERSON")
    g.ent("депутат", "POSITION")
    g.ent("С.Әбдірахманов", "PERSON")
    g.ent("академик", "POSITION")
    g.ent("Ж.Абдильдин", "PERSON")
    g.ent("мемлекет және қоғам қайраткері", "POSITION")
    g.ent("М.Жолдасбеков", "PERSON")
    g.ent("мемлекеттік сыйлықтың лауреаты", "POSITION", "Мемлекеттік сыйлықтың лауреаты")
    g.ent("Н.Айтұлы", "PERSON")
    g.ent("Мексикадан", "GPE", "Мексика")
    g.ent("ғалым", "POSITION", after="келген ")
    g.ent("Х.Эстрада", "PERSON")
    g.ent("итальяндық", "NORP")
    g.ent("ғалым", "POSITION", after="итальяндық ")
    g.ent("Д.Сербо", "PERSON")
    g.ent("ақын", "POSITION", after="Сербо, ")
    g.ent("О.Туржан", "PERSON")
    g.ev("ceremony", "Мерейтойға", "future", cluster="c1",
         participants=["ұлт зиялылары", "қоғам қайраткерлері", "алаштанушы-ғалымдар",
                       "Л.Н.Гумилев атындағы Еуразия ұлттық университетінің профессор-оқытушылар құрамы, білім алушылары"])
    g.ent("Л.Н.Гумилев атындағы Еуразия ұлттық университетінің", "ORGANISATION", U, after="алаштанушы")
    g.nested("Л.Н.Гумилев", "PERSON", after="алаштанушы")
    g.person("Әбдіжәміл Нүрпейісов", [P1, P2], [("Әбдіжәміл Нүрпейісовтің",), ("Ә. Нүрпейісов",)])
    g.person("Б.Макен", [P3], [("Б.Макен",)])
    g.person("С.Әбдірахманов", ["депутат"], [("С.Әбдірахманов",)])
    g.person("Ж.Абдильдин", ["академик"], [("Ж.Абдильдин",)])
    g.person("М.Жолдасбеков", ["мемлекет және қоғам қайраткері"], [("М.Жолдасбеков",)])
    g.person("Н.Айтұлы", [P2], [("Н.Айтұлы",)])
    g.person("Х.Эстрада", ["ғалым"], [("Х.Эстрада",)])
    g.person("Д.Сербо", ["ғалым"], [("Д.Сербо",)])
    g.person("О.Туржан", ["ақын"], [("О.Туржан",)])
    g.announce(headline="«Әбдіжәміл әлемі: шеберлік феномені» атты салтанатты жиын өтеді",
               issuer=DEP.replace("\n", " "), outlet="Abai.kz", published=None, place=None, main_event="c1")
    return g.save()

def abai_sewing_factory():
    g = new("abai-sewing-factory-master-interview", None,
            publisher="«Абай» sewing factory", publisher_kind="company",
            url="https://kaz.inform.kz/news/memleket-basshisi-men-dimashka-kurte-tktk-tgn-fabrikasinin-sheber-c7a964/",
            published=None, outlet="Kazinform", text_kind="report")
    g.note("Kazinform's report (Astana dateline) of what the factory's master said on Jibek Joly TV's «Bugin Live». The stored copy shows no date: reference_date null. It stops mid-sentence in the next paragraph ('Оның айтуынша, бұл фабрика 1969 жылдан бастап'); the text ends at the last complete paragraph. Source typos kept ('хлоккей', 'арқыл').")
    g.note("'АСТАНА' (dateline) = GPE; 'KAZINFORM' = ORGANISATION; 'Jibek Joly' (TV channel) = ORGANISATION; «Bugin Live» (a TV programme) = ART; «Сарыарқа» (hockey club), «Қазпошта» = ORGANISATION; 'Instagram' = PRODUCT; «Kaspi жұма» = EVENT (a named sales campaign, text inside the quotes). Roles at a named body are one POSITION with the body nested: '«Абай» тігін фабрикасының шебері' (from the opening quote mark), '«Қазақстан Парамаунт Инжиниринг» ЖШС негізін қалушы'. 'тігін фабрикасының шебері' (headline, unnamed) = POSITION normalized with the factory; 'Мемлекет басшысы' (x2) = POSITION; 'киім пішу цехының бас маманымын' -> POSITION 'киім пішу цехының бас маманы' (the speaker's own post). 'Қазақстанға' = GPE. 'ред.' (editor's note) is not an entity.")
    g.note("Events: none. Sewing jackets for the President and Dimash are orders, the TV appearance is the item's source, and «Kaspi жұма» is named as a time frame ('акциясы кезінде', as holidays named as a time frame): main_event null. Quotes: two dash-led direct quotes ('— деді ол', '— дейді Ерқайрат Қоянбаев') and 'Маманның айтуынша, ...' = indirect; all speaker Ерқайрат Қоянбаев ('ол', 'Маман' refer to him).")
    g.ent("Мемлекет басшысы", "POSITION", n=1)
    g.ent("Димашқа", "PERSON", "Димаш")
    F = "«Абай» тігін фабрикасының шебері"
    g.ent("тігін фабрикасының шебері", "POSITION", F, n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Jibek Joly", "ORGANISATION")
    g.ent("Bugin Live", "ART")
    s0, e0 = g.find("«Абай» тігін фабрикасының шебері", boundary=False)
    g.data["entities"].append({"start": s0, "end": e0, "text": F, "type": "POSITION", "normalized": F})
    g.nested("Абай", "ORGANISATION")
    g.ent("Ерқайрат Қоянбаев", "PERSON", n=1)
    a = g.content.index("Біздің фабрикада")
    b = g.content.index("бас маманымын") + len("бас маманымын")
    g.quote(g.content[a:b], "Ерқайрат Қоянбаев", "деді", kind="direct")
    g.ent("Сарыарқа", "ORGANISATION")
    g.ent("Мемлекет басшысы", "POSITION", n=2)
    g.ent("Қасым-Жомарт Тоқаевқа", "PERSON", "Қасым-Жомарт Тоқаев")
    g.ent("Димаш Құдайбергенге", "PERSON", "Димаш Құдайберген")
    g.ent("Айбек Барысовқа", "PERSON", "Айбек Барысов")
    P = "«Қазақстан Парамаунт Инжиниринг» ЖШС негізін қалушы"
    s1, e1 = g.find(P, boundary=False)
    g.data["entities"].append({"start": s1, "end": e1, "text": P, "type": "POSITION", "normalized": P})
    g.nested("Қазақстан Парамаунт Инжиниринг", "ORGANISATION")
    g.nested("Қазақстан", "GPE", after="Барысовқа")
    g.ent("киім пішу цехының бас маманымын", "POSITION", "киім пішу цехының бас маманы")
    g.quote("ішкі нарықта фабрика тауарларына сұраныс жеткілікті", "Ерқайрат Қоянбаев", "айтуынша", kind="indirect")
    a = g.content.index("Сұраныс көп")
    b = g.content.index("онлайн жұмыс істейміз") + len("онлайн жұмыс істейміз")
    g.quote(g.content[a:b], "Ерқайрат Қоянбаев", "дейді", kind="direct")
    g.ent("Қазақстанға", "GPE", "Қазақстан")
    g.ent("Қазпошта", "ORGANISATION")
    g.ent("Instagram", "PRODUCT")
    g.ent("Kaspi жұма", "EVENT")
    g.ent("Ерқайрат Қоянбаев", "PERSON", n=2)
    g.person("Ерқайрат Қоянбаев", [F, "киім пішу цехының бас маманы"],
             [("Ерқайрат Қоянбаев", 1), ("Ерқайрат Қоянбаев", 2)])
    g.person("Қасым-Жомарт Тоқаев", ["Мемлекет басшысы"], [("Қасым-Жомарт Тоқаевқа",)])
    g.person("Димаш Құдайберген", [], [("Димашқа",), ("Димаш Құдайбергенге",)])
    g.person("Айбек Барысов", [P], [("Айбек Барысовқа",)])
    g.announce(headline="Мемлекет басшысы мен Димашқа күрте тіктік — тігін фабрикасының шебері",
               issuer="«Абай» тігін фабрикасы", outlet="Kazinform", published=None, place="Астана", main_event=None)
    return g.save()


def almaty_civil_alliance():
    g = new("almaty-civil-alliance-ngo-fair", None,
            publisher="Almaty regional Civil Alliance", publisher_kind="ngo",
            url="https://alatau-zhuldyzy.kz/?p=4079", published=None, outlet="alatau-zhuldyzy.kz", text_kind="release")
    g.note("The regional civil alliance's announcement (its president at the Regional Communications Service), relayed by the Talgar district paper «Алатау жұлдызы» from ТалғарАқпарат. The stored copy has no headline and no date: reference_date null, 'ағымдағы жылдың 15 наурызынан 5 сәуіріне дейін' -> range XXXX-03-15/XXXX-04-05. The publisher is named from the site's region and the e-mail (gaao = the Almaty region's civil alliance); the text itself says 'облыстық азаматтық альянс'. The stored copy stops inside a quote («Аталмыш байқау ...»); the text ends before it (dev3b decision 5).")
    g.note("'Өңірлік коммуникациялар қызметі' = ORGANISATION (the platform's body; its anaphor 'коммуникация қызметіне' = optional ORGANISATION). 'облыстық азаматтық альянстың президенті' = POSITION (the alliance has no proper name in the text, so no nested ORG). 'ТалғарАқпарат' = ORGANISATION. 'gaao2017@mail.ru' = CONTACT (like phone numbers).")
    g.note("Events: c1 = the fair of NGO projects (fair): 'ұйымдастырылып отырған жәрмеңкенің' (ongoing) and its contest 'Байқауға қатысу үшін' (no finite tense of its own: unknown); the announcement at the Regional Communications Service has no event noun ('хабарлады') and is not annotated. main_event c1. Quotes: 'Бұл туралы ... Нурмуханова Жанар хабарлады' = indirect (content = the sentence before it); the credit line ', деп хабарлайды ТалғарАқпарат коммуникация қызметіне сілтеме жасап' = indirect with speaker_entity the cited source (dev3b decision 1; content = the sentence it closes).")
    g.ev("fair", "жәрмеңкенің", "ongoing", cluster="c1")
    first = g.content[:g.content.index(" Бұл туралы")]
    first = first.rstrip(".")
    g.quote(first, "Нурмуханова Жанар", "хабарлады", kind="indirect")
    g.ent("Өңірлік коммуникациялар қызметі", "ORGANISATION")
    P = "облыстық азаматтық альянстың президенті"
    g.ent(P, "POSITION")
    g.ent("Нурмуханова Жанар", "PERSON")
    g.quote("Бұл туралы Өңірлік коммуникациялар қызметі алаңында облыстық азаматтық альянстың президенті Нурмуханова Жанар хабарлады",
            None, "деп хабарлайды", kind="indirect", speaker_entity="коммуникация қызметі")
    g.ent("ТалғарАқпарат", "ORGANISATION")
    g.optional("коммуникация қызметіне", "ORGANISATION", "Өңірлік коммуникациялар қызметі")
    g.ev("fair", "Байқауға", "unknown", cluster="c1")
    g.ent("gaao2017@mail.ru", "CONTACT")
    g.tmp("ағымдағы жылдың 15 наурызынан 5 сәуіріне дейін", "range", "XXXX-03-15/XXXX-04-05")
    g.person("Нурмуханова Жанар", [P], [("Нурмуханова Жанар",)])
    g.announce(headline=None, issuer="облыстық азаматтық альянс", outlet="alatau-zhuldyzy.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def kostanay_library():
    g = new("kostanay-library-childrens-book-event", None,
            publisher="Kostanay centralised library system (cbskst.kz)", publisher_kind="culture",
            url="https://cbskst.kz/kitap-balalardy%d2%a3-e%d2%a3-zha%d2%9byn-dosy", published=None, outlet=None,
            text_kind="release")
    g.note("The library system's own news item (its name is not in the text: the publisher is named from the site). No headline kept (the page title line after the body, 'Кітап – балалардың ең жақын досы', dropped as chrome) and no date: reference_date null, '22 сәуірде' -> XXXX-04-22, '23 сәуірде' -> XXXX-04-23.")
    g.note("«Дорожный» кітапхана-филиалында = FACILITY 'Дорожный' (where the event took place; text inside the quotes); «Кітап – балалардың ең жақын досы» = EVENT (title inside the quotes); 'Ұлттық кітап күні' = EVENT (the holiday's name). 'Кітапханашылар', 'Кітапханашы' (unnamed librarians) are not entities.")
    g.note("Events: c1 = the library event (type other): 'іс-шара өтті' (past, when/where/title) and 'Іс-шара барысында' (past); c2 = the closing quiz contest ('жарыс өткізілді', competition, past). The National Book Day on 23 April is mentioned as a date the librarians told about, not a reported happening. Quote: 'Кітапханашылар ... аталып өтілетінін айтты' = indirect, speaker_entity 'Кітапханашылар'.")
    g.tmp("22 сәуірде", "date", "XXXX-04-22")
    g.ent("Дорожный", "FACILITY")
    E = "Кітап – балалардың ең жақын досы"
    g.ent(E, "EVENT")
    g.ev("other", "іс-шара", "past", when="22 сәуірде", where="«Дорожный» кітапхана-филиалында", title=E, cluster="c1")
    g.tmp("23 сәуірде", "date", "XXXX-04-23")
    g.ent("Ұлттық кітап күні", "EVENT")
    g.quote("23 сәуірде Ұлттық кітап күні аталып өтілетінін", None, "айтты", kind="indirect",
            speaker_entity="Кітапханашылар")
    g.ev("other", "Іс-шара", "past", cluster="c1")
    g.ev("competition", "жарыс", "past", cluster="c2")
    g.announce(headline=None, issuer="Қостанай орталықтандырылған кітапхана жүйесі", outlet=None, published=None,
               place=None, main_event="c1")
    return g.save()


def tbilisi_gala():
    g = new("qazaqstan-tv-tbilisi-opera-gala", None,
            publisher="Qazaqstan TV", publisher_kind="news_agency",
            url="https://qazaqstan.tv/news/17229", published=None, outlet=None, text_kind="report")
    g.note("Qazaqstan TV's own report of a guest theatre's gala concert in the capital (rubric 'Басты Жаңалықтар', the headline repeated twice and the 'Бөлісу' button dropped). No date shown: reference_date null; no temporal in the text.")
    g.note("'Елордада' = GPE Астана. «Классикалық Грузия» = EVENT (title inside the quotes, nested GPE Грузия). 'Тбилиси мемлекеттік опера және балет театрының' = ORGANISATION (nested GPE Тбилиси). «Сагалобели» = ART (the ballet). 'грузиялық', 'астаналықтардың' = NORP. 'суретші' = POSITION (occupation in apposition). 'бірінші бөлімінде', 'екінші бөлімде' = ordinal (unit бөлім).")
    g.note("Events: c1 = the gala concert (concert): headline 'гала-концерті өтті' (past, where 'Елордада', title) and 'іс-шара барысында' (past); singing and the ballet performance are parts of the concert. c2 = the painter's small exhibition ('көрмесі ұйымдастырылып', exhibition, past). main_event c1. Own reporting of the channel: meta.outlet null, announcement issuer and outlet the channel (wave-3 convention 6). No quotes.")
    g.ent("Елордада", "GPE", "Астана")
    E = "Классикалық Грузия"
    g.ent(E, "EVENT")
    g.nested("Грузия", "GPE")
    g.ent("Тбилиси мемлекеттік опера және балет театрының", "ORGANISATION", "Тбилиси мемлекеттік опера және балет театры")
    g.nested("Тбилиси", "GPE")
    g.ev("concert", "гала-концерті", "past", where="Елордада", title=E, cluster="c1")
    g.qty("бірінші", "ordinal", 1, unit="бөлім")
    g.qty("екінші", "ordinal", 2, unit="бөлім")
    g.ent("Сагалобели", "ART")
    g.ev("concert", "іс-шара", "past", cluster="c1")
    g.ent("грузиялық", "NORP")
    g.ent("суретші", "POSITION")
    g.ent("Анна Калатозишвидлидің", "PERSON", "Анна Калатозишвидли")
    g.ev("exhibition", "көрмесі", "past", cluster="c2", participants=["Анна Калатозишвидлидің"])
    g.ent("астаналықтардың", "NORP", "астаналық")
    g.person("Анна Калатозишвидли", ["суретші"], [("Анна Калатозишвидлидің",)])
    g.announce(headline="Елордада «Классикалық Грузия» атты Тбилиси мемлекеттік опера және балет театрының гала-концерті өтті",
               issuer="Qazaqstan", outlet="qazaqstan.tv", published=None, place=None, main_event="c1")
    return g.save()


def orken_alem():
    g = new("zhalagash-orken-alem-military-clothing", None,
            publisher="«Өркен Әлем» LLP", publisher_kind="company",
            url="https://new.zhalagash-zharshysy.kz/kogam/17434-serktestk-zhmysynda-serpn-bar.html",
            published=None, outlet="zhalagash-zharshysy.kz", text_kind="report")
    g.note("The district newspaper «Жалағаш жаршысы»'s item on the company (breadcrumb '» »' line dropped). No date shown: reference_date null. The stored copy stops mid-sentence ('2019 жылы 11 мың каска'); the text ends at the last complete sentence.")
    g.note("'Жалағаш ауданында' = GPE Жалағаш. “Өркен Әлем” = ORGANISATION and “Серпін” (industrial zone) = FACILITY, text inside the quotes; “СТ-KZ” = MISCELLANEOUS (a named certificate, like named prizes). 'Облыстық мәслихат депутаты' = POSITION; '“Nur Otan” партиясының мүшесі' = one POSITION from the opening quote mark (party nested). Quantities: '24 адамды', '50-ге жуық' (about, unit тұрғын); the piece counts keep the classifier 'дана' in the span with the counted noun as unit (dev3b decision 4): '810 дана' кеудеше, '240 дана' киім, '5 630 дана' кеудеше, '2 125 дана' бүркеме; '38,2 млн теңгені' = money. Temporals: '2015 жылы', '2017 жылы', 'осы жылы' (in 'Дәл осы жылы' -> 2017), '2018 жылы', 'қазір' PRESENT_REF, 'Сол уақыттан бері' = open range '2018/', 'соңғы жылдары' = relative PAST_REF. 'Бастапқыда' (at first) is not annotated.")
    g.note("Events: c1 = the company's start of work in 2015 ('өз жұмысын бастаған', launch, past, where the district). The certificate ('сертификаты берілген'), orders and production are administrative and economic facts, not happenings: main_event null (the item is a portrait of the company). No quotes.")
    g.tmp("2015 жылы", "date", "2015")
    g.ent("Жалағаш", "GPE")
    g.ent("Өркен Әлем", "ORGANISATION")
    g.ev("launch", "бастаған", "past", when="2015 жылы", where="Жалағаш ауданында", cluster="c1",
         participants=["“Өркен Әлем” ЖШС"])
    g.ent("Серпін", "FACILITY")
    g.qty("24 адамды", "cardinal", 24, unit="адам")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.qty("50-ге жуық", "cardinal", 50, unit="тұрғын", approx="about")
    g.ent("Облыстық мәслихат депутаты", "POSITION")
    P2 = "“Nur Otan” партиясының мүшесі"
    s1, e1 = g.find(P2, boundary=False)
    g.data["entities"].append({"start": s1, "end": e1, "text": P2, "type": "POSITION", "normalized": P2})
    g.nested("Nur Otan", "ORGANISATION")
    g.ent("Жақсылық Өзденбаев", "PERSON")
    g.tmp("2017 жылы", "date", "2017")
    g.ent("СТ-KZ", "MISCELLANEOUS")
    g.tmp("осы жылы", "date", "2017")
    g.qty("810 дана", "cardinal", 810, unit="кеудеше")
    g.qty("240 дана", "cardinal", 240, unit="киім")
    g.tmp("2018 жылы", "date", "2018")
    g.qty("5 630 дана", "cardinal", 5630, unit="кеудеше")
    g.qty("2 125 дана", "cardinal", 2125, unit="бүркеме")
    g.tmp("Сол уақыттан бері", "range", "2018/")
    g.qty("38,2 млн теңгені", "money", 38200000, unit="KZT")
    g.tmp("соңғы жылдары", "relative", "PAST_REF")
    g.person("Жақсылық Өзденбаев", ["Облыстық мәслихат депутаты", P2], [("Жақсылық Өзденбаев",)])
    g.announce(headline="Серіктестік жұмысында серпін бар", issuer="«Өркен Әлем» ЖШС", outlet="zhalagash-zharshysy.kz",
               published=None, place=None, main_event=None)
    return g.save()

def national_hospital():
    g = new("national-hospital-patient-discharged", "2026-02-09",
            publisher="National Hospital of the Medical Centre of the President's Affairs Administration", publisher_kind="hospital",
            url="https://baq.kz/sara-nazarbaevaga-qatysty-zhana-aqparat-shyqty-200031115/",
            published="2026-02-09", outlet="BAQ.KZ", text_kind="report")
    g.note("BAQ.KZ's report of the hospital's statement on a patient's discharge. The stored copy's metadata line 'date 2026-02-09' gives reference_date 2026-02-09; no headline in the stored copy (page address: 'sara-nazarbaevaga-qatysty-zhana-aqparat-shyqty'). It stops mid-sentence in the last paragraph ('... баспасөз хатшысы Айдос'); the text ends at the last complete sentence.")
    g.note("'Президент Іс басқармасының Медициналық орталығының Ұлттық госпиталінен' = FACILITY (the place she left; the Medical Centre nested ORG, the Affairs Administration nested ORG); 'Совминка' = FACILITY (its former name). 'BAQ.KZ тілшісі' = one POSITION with the outlet nested (settled convention). 'Қазақстан Республикасының \"Халық денсаулығы ...\" кодексінің' = LAW (nested GPE); the article number '273-бабына' is not a quantity. Temporals: '2026 жылдың қаңтар айында' -> 2026-01, '2025 жылдың 5 мамырында' -> 2025-05-05, 'бірнеше күн' (several days) = duration PXD; 'Ол кезде' (then, anaphoric) is not annotated.")
    g.note("Events: none. A patient's admission, discharge and the spread of a false report are personal and media facts, not public happenings of the event types: main_event null. Quotes: the credit line '..., деп хабарлайды BAQ.KZ тілшісі' = indirect with speaker_entity the correspondent (dev3b decision 1); 'Медициналық мекеме таратқан мәліметке сәйкес, ...' = indirect (speaker_entity 'Медициналық мекеме'); the paragraph closed by ', – деп мәлімдеді аурухана өкілдері' = direct (speaker_entity 'аурухана өкілдері'); 'Ол кезде оның жағдайы ауыр екені айтылған' = indirect, no speaker (passive). The official sources calling the report false ('жалған ақпарат деп атады') is a naming, not reported content, and is not annotated.")
    g.ent("Сара Назарбаева", "PERSON", n=1)
    H = "Президент Іс басқармасының Медициналық орталығының Ұлттық госпиталінен"
    g.ent(H, "FACILITY", "Президент Іс басқармасының Медициналық орталығының Ұлттық госпиталі")
    g.nested("Президент Іс басқармасының Медициналық орталығының", "ORGANISATION", "Президент Іс басқармасының Медициналық орталығы")
    g.nested("Президент Іс басқармасының", "ORGANISATION", "Президент Іс басқармасы")
    g.ent("Совминка", "FACILITY")
    g.quote("Сара Назарбаева Президент Іс басқармасының Медициналық орталығының Ұлттық госпиталінен (бұрынғы атауы – Совминка) шықты",
            None, "деп хабарлайды", kind="indirect", speaker_entity="BAQ.KZ тілшісі")
    g.ent("BAQ.KZ тілшісі", "POSITION")
    g.nested("BAQ.KZ", "ORGANISATION")
    g.quote("пациент емдеу курсынан толық өтіп, 2026 жылдың қаңтар айында дәрігерлердің амбулаториялық бақылауына жіберілген",
            None, "мәліметке сәйкес", kind="indirect", speaker_entity="Медициналық мекеме")
    g.tmp("2026 жылдың қаңтар айында", "date", "2026-01")
    a = g.content.index("Денсаулық жағдайы")
    b = g.content.index("жария етілмейді") + len("жария етілмейді")
    g.quote(g.content[a:b], None, "мәлімдеді", kind="direct", speaker_entity="аурухана өкілдері")
    L = "Қазақстан Республикасының \"Халық денсаулығы және денсаулық сақтау жүйесі туралы\" кодексінің"
    g.ent(L, "LAW", "Қазақстан Республикасының \"Халық денсаулығы және денсаулық сақтау жүйесі туралы\" кодексі")
    g.nested("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Сара Назарбаеваның", "PERSON", "Сара Назарбаева", n=1)
    g.tmp("2025 жылдың 5 мамырында", "date", "2025-05-05")
    g.quote("оның жағдайы ауыр", None, "айтылған", kind="indirect")
    g.tmp("бірнеше күн", "duration", "PXD")
    g.ent("Сара Назарбаеваның", "PERSON", "Сара Назарбаева", n=2)
    g.person("Сара Назарбаева", [], [("Сара Назарбаева", 1), ("Сара Назарбаеваның", 1), ("Сара Назарбаеваның", 2)])
    g.announce(headline=None, issuer="Президент Іс басқармасының Медициналық орталығының Ұлттық госпиталі", outlet="BAQ.KZ",
               published="2026-02-09", place=None, main_event=None)
    return g.save()


def kusaiynov_theatre():
    g = new("kusaiynov-theatre-season-opening", None,
            publisher="Shakhmet Kusaiynov Regional Kazakh Music and Drama Theatre (Akmola region)", publisher_kind="theatre",
            url="https://kazdramteatr.kz/index.php/c_main/news_view/552", published=None, outlet=None, text_kind="release")
    g.note("The theatre's own news item (the site's list of later news with their dates, 'жаналыктар', 'ҚҰТТЫҚТАЙМЫЗ!' lines, was dropped as page chrome). The item itself shows no date: reference_date null (the XXVII season; the dates of the list belong to other items). Source spelling and spacing kept ('ашты.( Авторы', 'махаббаттты', 'Іс - шараға').")
    g.note("'Шахмет Құсайынов атындағы облыстық қазақ музыкалық-драма театры' = ORGANISATION (it opens its season; nested PERSON). \"Алло, мама...\" = ART 'Алло, мама' (span without the ellipsis, as dev2b's «Ай-Қарагөз...»); \"Парасат\" = MISCELLANEOUS (an order; its holder gets no POSITION, as dev2b's medal holders). 'Авторы' is authorship, not a post; 'қоюшы режиссері' and 'Қазақстанның халық артисі' (honorary title) = POSITION; 'Ақмола облысының әкімі' = POSITION (nested GPE). 'Жібек Бағысованың' and 'Жібек Есекеқызына' are the same actress (surname and patronymic forms): one people entry. 'XXVII' = ordinal (unit маусым); '65 жыл' (in '65 жыл толуы') = duration P65Y; 'Сексеннің бел ортасына' (her age, 'mid-eighties') is an idiom of age, not annotated.")
    g.note("Events: c1 = the season opening (opening): headline 'Театр маусымы ашылды' (past), 'маусымын ... драмасымен ашты' (past), 'театр маусымының ашылуы ... арналды' (past), 'Іс - шараға ... қатысып' (past, participants the akim). c2 = the akim's presentation of the letter of thanks and the chapan ('алғыс хат табыстады', award, past). The actress's 65 years on stage are the dedication ('құрметіне арналды'), not a mention; the play's content ('Қойылым ... арқау еткен') and the akim's greeting ('лебізін білдіріп') are not happenings. No quotes.")
    g.ev("opening", "ашылды", "past", cluster="c1")
    T = "Шахмет Құсайынов атындағы облыстық қазақ музыкалық-драма театры"
    g.ent(T, "ORGANISATION")
    g.nested("Шахмет Құсайынов", "PERSON")
    g.qty("XXVII", "ordinal", 27, unit="маусым")
    g.ent("Алло, мама", "ART")
    g.ev("opening", "ашты", "past", cluster="c1")
    g.ent("Барзу Абдураззаков", "PERSON")
    g.ent("қоюшы режиссері", "POSITION")
    g.ent("Тасқын Мажитов", "PERSON")
    g.ev("opening", "ашылуы", "past", cluster="c1")
    P = "Қазақстанның халық артисі"
    g.ent(P, "POSITION")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Парасат", "MISCELLANEOUS")
    g.ent("Жібек Бағысованың", "PERSON", "Жібек Бағысова")
    g.tmp("65 жыл", "duration", "P65Y")
    g.ev("opening", "Іс - шараға", "past", cluster="c1", participants=["Ахметжанов Марат Мұратұлы"])
    A = "Ақмола облысының әкімі"
    g.ent(A, "POSITION")
    g.nested("Ақмола", "GPE")
    g.ent("Ахметжанов Марат Мұратұлы", "PERSON")
    g.ent("Жібек Есекеқызына", "PERSON", "Жібек Есекеқызы")
    g.ev("award", "табыстады", "past", cluster="c2",
         participants=["Ахметжанов Марат Мұратұлы", "Жібек Есекеқызына"])
    g.person("Барзу Абдураззаков", [], [("Барзу Абдураззаков",)])
    g.person("Тасқын Мажитов", ["қоюшы режиссері"], [("Тасқын Мажитов",)])
    g.person("Жібек Бағысова", [P], [("Жібек Бағысованың",), ("Жібек Есекеқызына",)])
    g.person("Ахметжанов Марат Мұратұлы", [A], [("Ахметжанов Марат Мұратұлы",)])
    g.announce(headline="Театр маусымы ашылды !!!", issuer=T, outlet=None, published=None, place=None, main_event="c1")
    return g.save()

def akzhol_charity():
    g = new("akzhol-shymkent-charity-veterans", "2025-03-20",
            publisher="«Ak Zhol» Democratic Party, Shymkent city branch", publisher_kind="other",
            url="https://akzhol.kz/kk/blog/danara-saranovan-jmdastrumen-ajrmdl-sharas-tt",
            published="2025-03-20", outlet=None, text_kind="release")
    g.note("The party branch's own item on the party site. Its first line '20 наурыз 2025 жыл, Шымкент қалалық филиалы' is the item's dateline, kept (reference_date 2025-03-20; 'Бүгін', 'Бүгінгі' -> 2025-03-20). No headline in the stored copy (page address: Данара Саранованың ұйымдастыруымен қайырымдылық шарасы өтті). The stored copy's line breaks inside sentences are kept. A political party's branch gets publisher_kind 'other' (goldlib has no party kind; it is not a state body).")
    g.note("'Шымкент қалалық филиалы' (dateline) = ORGANISATION normalized with the party (nested GPE). «Dauletten» = ORGANISATION (the fund, text inside the quotes). '«Ақ жол» ҚДП Шымкент қалалық филиалының заңгері' = one POSITION from the opening quote mark (the branch nested ORG, Шымкент nested GPE). 'шара ұйымдастырушысы' (organiser of this event) is a role in the event, not a post: not annotated. 'Ұлы\\nОтан соғысы' = EVENT 'Ұлы Отан соғысы' (across the line break), named as the time frame of the veterans' work: no temporal. '100 отбасыға' = cardinal 100.")
    g.note("Events: c1 = the charity action (campaign): 'қайырымдылық шарасы өтті' (past, when 'Бүгін', where 'Шымкент қаласында'), 'Игі бастама аясында ... таратылып' (past), 'Шараның басты мақсаты' (no finite tense: unknown), in the quote 'Бүгінгі шара арқылы ... жөн көрдік' (past). c2 = the visits to the home-front veterans ('үйлеріне арнайы барып', visit, past). main_event c1. Quote: the dash-led paragraph closed by ', – деді шара ұйымдастырушысы Данара\\nСаранова' = direct.")
    g.tmp("20 наурыз 2025 жыл", "date", "2025-03-20")
    g.ent("Шымкент қалалық филиалы", "ORGANISATION", "«Ақ жол» ҚДП Шымкент қалалық филиалы", n=1)
    g.nested("Шымкент", "GPE", n=1)
    g.tmp("Бүгін", "relative", "2025-03-20")
    g.ent("Шымкент", "GPE", after="Бүгін ")
    g.ent("Dauletten", "ORGANISATION")
    P = "«Ақ жол» ҚДП Шымкент қалалық филиалының заңгері"
    s1, e1 = g.find(P, boundary=False)
    g.data["entities"].append({"start": s1, "end": e1, "text": P, "type": "POSITION", "normalized": P})
    s2, e2 = g.find("«Ақ жол» ҚДП Шымкент қалалық филиалының", boundary=False)
    g.data["nested_entities"].append({"start": s2, "end": e2, "text": "«Ақ жол» ҚДП Шымкент қалалық филиалының",
                                      "type": "ORGANISATION", "normalized": "«Ақ жол» ҚДП Шымкент қалалық филиалы"})
    g.nested("Шымкент", "GPE", after="ҚДП ")
    g.ent("Данара Саранованың", "PERSON", "Данара Саранова")
    g.ev("campaign", "шарасы", "past", when="Бүгін", where="Шымкент қаласында", cluster="c1",
         participants=["«Dauletten» қайырымдылық қорының", "Данара Саранованың"])
    g.ev("campaign", "бастама", "past", cluster="c1", participants=["100 отбасыға"])
    g.qty("100 отбасыға", "cardinal", 100, unit="отбасы")
    g.ev("campaign", "Шараның", "unknown", cluster="c1")
    g.ent("Ұлы\nОтан соғысы", "EVENT", "Ұлы Отан соғысы")
    g.ev("visit", "барып", "past", cluster="c2", participants=["Ұйымдастырушылар"])
    a = g.content.index("Қайырымдылық – қоғамның")
    b = g.content.index("құрмет көрсетуді жөн көрдік") + len("құрмет көрсетуді жөн көрдік")
    g.quote(g.content[a:b], "Данара Саранова", "деді", kind="direct")
    g.tmp("Бүгінгі", "relative", "2025-03-20")
    g.ev("campaign", "шара", "past", cluster="c1", after="Бүгінгі ")
    g.ent("Данара\nСаранова", "PERSON", "Данара Саранова")
    g.person("Данара Саранова", [P], [("Данара Саранованың",), ("Данара\nСаранова",)])
    g.announce(headline=None, issuer="«Ақ жол» ҚДП Шымкент қалалық филиалы", outlet=None, published="2025-03-20",
               place="Шымкент", main_event="c1")
    return g.save()


def eurasian_bank_charity():
    g = new("eurasian-bank-school-road-charity", None,
            publisher="Eurasian Bank (Karaganda region)", publisher_kind="bank",
            url="https://ortalyq.kz/aktsiya-ayasy-kemimejdi/", published=None, outlet="ortalyq.kz", text_kind="report")
    g.note("The regional newspaper «Ortalyq Qazaqstan»'s report of the bank's part in the «Мектепке жол» charity campaign, with the bank's deputy director quoted (rubric line 'Басты тақырып' dropped). No date shown: reference_date null ('биыл' -> XXXX; 'жұма күні', a Friday of unknown date -> XXXX-WXX-5). The stored copy continues with a bullet line of another speaker's cut-off quote ('• Бұдан бөлек, ...'); the text ends before it (dev3b decision 5).")
    g.note("«Мектепке жол» = EVENT (the campaign's name, text inside the quotes, as «Ерекше Жаңа жыл» in dev2b). «Үміт» (x2), «Еуразиялық банк», «Сбербанк» = ORGANISATION. '«Еуразиялық банк» директорының орынбасары' = one POSITION from the opening quote mark (bank nested); 'Банк директоры' = POSITION normalized with the bank. 'Жезқазған қаласында', 'Балқаш қаласынан' = GPE. Quantities: '19 балаға', '27', '5 балаға', '63 бала', '84' (unit адам; 'ересек' between) = cardinal.")
    g.note("Events: c1 = the «Мектепке жол» campaign (campaign): headline 'Акция' (no verb: unknown), 'акциясы жалғасуда' (ongoing, title Мектепке жол), 'акциясынан сырт қалған емес' (past); main_event c1. c2 = this Friday's handover to the children of «Үміт» (type other): 'Соның бірі жұма күні өтті' (trigger 'өтті', past), 'құралдар табыс етілді' (past, amounts 19 children). The planned help in Zhezkazgan and Balkhash ('көмек көрсетеміз') is a plan, not a mention (dev3b decision 2); cultural events and clubs of the society ('мәдени шаралар ұйымдастырылып') are habitual activities, not a happening. Quotes: '... Гүлжан Тілеугерейқызының айтуынша, ...' = indirect; the paragraph closed by ',– деді ол' = direct, speaker the same deputy director.")
    g.ev("campaign", "Акция", "unknown", cluster="c1")
    g.ent("Мектепке жол", "EVENT")
    g.ev("campaign", "акциясы", "ongoing", title="Мектепке жол", cluster="c1")
    g.tmp("жұма күні", "date", "XXXX-WXX-5")
    g.ev("other", "өтті", "past", when="жұма күні", cluster="c2")
    g.ent("Үміт", "ORGANISATION", n=1)
    g.ent("Еуразиялық банк", "ORGANISATION", n=1)
    g.ent("Сбербанк", "ORGANISATION")
    P = "«Еуразиялық банк» директорының орынбасары"
    s1, e1 = g.find(P, boundary=False)
    g.data["entities"].append({"start": s1, "end": e1, "text": P, "type": "POSITION", "normalized": P})
    g.nested("Еуразиялық банк", "ORGANISATION", n=2)
    g.ent("Гүлжан Тілеугерейқызының", "PERSON", "Гүлжан Тілеугерейқызы")
    g.quote("мекеме аталмыш қайырымдылық акциясынан сырт қалған емес", "Гүлжан Тілеугерейқызы", "айтуынша", kind="indirect")
    g.ev("campaign", "акциясынан", "past", cluster="c1")
    D = "«Еуразиялық банк» директоры"
    g.ent("Банк директоры", "POSITION", D)
    g.ent("М.Хасеновтың", "PERSON", "М.Хасенов")
    g.tmp("биыл", "relative", "XXXX")
    g.qty("19 балаға", "cardinal", 19, unit="бала")
    g.ev("other", "табыс етілді", "past", cluster="c2", amounts=["19 балаға"])
    g.ent("Жезқазған", "GPE")
    g.qty("27", "cardinal", 27, unit="бала")
    g.ent("Балқаш", "GPE")
    g.qty("5 балаға", "cardinal", 5, unit="бала")
    a = g.content.index("Банк директоры М.Хасеновтың")
    b = g.content.index("дәл осындай көмек көрсетеміз") + len("дәл осындай көмек көрсетеміз")
    g.quote(g.content[a:b], "Гүлжан Тілеугерейқызы", "деді", kind="direct")
    g.ent("Үміт", "ORGANISATION", n=2)
    g.qty("63 бала", "cardinal", 63, unit="бала")
    g.qty("84", "cardinal", 84, unit="адам")
    g.person("Гүлжан Тілеугерейқызы", [P], [("Гүлжан Тілеугерейқызының",)])
    g.person("М.Хасенов", [D], [("М.Хасеновтың",)])
    g.announce(headline="Акция аясы кемімейді", issuer="Еуразиялық банк", outlet="ortalyq.kz", published=None, place=None,
               main_event="c1")
    return g.save()


if __name__ == "__main__":
    import sys
    build(document_functions(globals()), sys.argv[1:])
