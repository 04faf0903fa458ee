"""Outlet, dateline place and issuer of a release (presskz.people.outlet / .issuer), on real sentences
from KazNERD valid (CC BY 4.0, Yeshpanov et al. 2022) and kk-text; the datelines put before them
are the forms Kazakh outlets use ("АСТАНА. KAZINFORM –", "ERNUR.KZ.", "АСТАНА, 2 наурыз — Sputnik.")."""
from presskz.eval.events import annotated_document
from presskz.events.stage import EventsStage
from presskz.people.announcement import AnnouncementStage
from presskz.people.outlet import outlet_and_place
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage

# KazNERD valid
TRAFFIC = ("Полиция департаментінің хабарлауынша, бір тәуліктің ішінде жетпістен астам жол-көлік оқиғасы "
           "тіркеліп, бір адам дене жарақатын алды.")
GRAIN = ("Ауыл шаруашылығы министрлігінің мәліметінше, қазір қоймаларда азық-түліктің бір миллион екі жүз "
         "мың тонна қоры бар.")
VICE_MINISTER = ("Бұл туралы Үкіметте Индустрия және инфрақұрылымдық даму вице-министрі Қайырбек Өскенбаев "
                 "мәлімдеді.")
# kk-text
DROUGHT = ("АҚШ құрғақшылық мониторы бойынша Аризонаның 40 пайыздан астам бөлігі ең жоғарғы екінші санаттағы "
           "төтенше құрғақшылықтан зардап шегуде“, - деп хабарлайды weather.com.")


def announcement(text, entities=()):
    doc = annotated_document(text, entities)
    for stage in (EventsStage(), QuotesStage(), PeopleStage(), AnnouncementStage()):
        doc = stage(doc)
    return doc.announcement


def test_city_and_outlet_dateline():
    assert outlet_and_place("Жол апаты\nАҚТӨБЕ. KAZINFORM – " + TRAFFIC) == ("KAZINFORM", "Ақтөбе")
    assert outlet_and_place("НҰР-СҰЛТАН. ҚазАқпарат – " + GRAIN) == ("ҚазАқпарат", "Нұр-Сұлтан")


def test_dateline_without_space_and_with_a_date():
    assert outlet_and_place("АТЫРАУ.KAZINFORM - " + TRAFFIC) == ("KAZINFORM", "Атырау")
    assert outlet_and_place("АСТАНА, 2 наурыз — Sputnik. " + GRAIN) == ("Sputnik", "Астана")


def test_site_name_dateline_and_slashed_city():
    assert outlet_and_place("BAQ.KZ. " + GRAIN) == ("BAQ.KZ", None)
    assert outlet_and_place("Tilshi.kz. 05.07.2025 /Шымкент/- " + GRAIN) == ("Tilshi.kz", "Шымкент")


def test_credit_line_and_source_label_name_the_outlet():
    assert outlet_and_place(DROUGHT) == ("weather.com", None)
    assert outlet_and_place(GRAIN + "\nДереккөз: Egemen.kz") == ("Egemen.kz", None)


def test_a_city_in_the_text_is_no_dateline():
    assert outlet_and_place(TRAFFIC + " АСТАНА. Бәрі жақсы.") == (None, None)


def test_issuer_in_the_genitive_before_habarlauynsha_or_malimetinshe():
    ann = announcement(TRAFFIC, [("Полиция департаментінің", "ORGANISATION", "Полиция департаменті")])
    assert ann["issuer"] == "Полиция департаменті"
    ministry = ("Ауыл шаруашылығы министрлігінің", "ORGANISATION", "Ауыл шаруашылығы министрлігі")
    ann = announcement(GRAIN, [ministry])
    assert ann["issuer"] == "Ауыл шаруашылығы министрлігі"


def test_the_outlet_is_never_the_issuer():
    text = "KAZINFORM – " + GRAIN
    ministry = ("Ауыл шаруашылығы министрлігінің", "ORGANISATION", "Ауыл шаруашылығы министрлігі")
    ann = announcement(text, [("KAZINFORM", "ORGANISATION", None), ministry])
    assert (ann["issuer"], ann["outlet"]) == ("Ауыл шаруашылығы министрлігі", "KAZINFORM")


def test_press_service_credited_after_dep_habarlaidy():
    text = ("«Мектепке жол» іс-шарасы кезінде үй-үйді аралау барысында Екібастұз қаласы ІІД қызметкерлері "
            "үйлердің бірінен ішімдікке мас болған анасының жанынан 2010 жылы туған кішкентай баланы тауып "
            "алды, деп хабарлайды Павлодар облысы ІІД баспасөз қызметі.")  # kk-text ("қызметінен" there)
    ann = announcement(text, [("Екібастұз қаласы ІІД", "ORGANISATION", None),
                              ("Павлодар облысы ІІД баспасөз қызметі", "ORGANISATION", None)])
    # the body the press service speaks for, its abbreviation expanded
    assert (ann["issuer"], ann["outlet"]) == ("Павлодар облысы Ішкі істер департаменті", None)


def test_a_position_in_the_lead_gives_its_body():
    text = VICE_MINISTER
    ann = announcement(text, [("Үкіметте", "ORGANISATION", "Үкімет"),
                              ("Индустрия және инфрақұрылымдық даму вице-министрі", "POSITION", None),
                              ("Қайырбек Өскенбаев", "PERSON", None)])
    # "Бұл туралы X мәлімдеді": the vice-minister's ministry, not "Үкіметте" (where he said it)
    assert ann["issuer"] == "Индустрия және инфрақұрылымдық даму министрлігі"


def _published(text, date, source):
    import datetime as dt
    doc = annotated_document(text, [])
    doc.reference_date, doc.reference_date_source = dt.date.fromisoformat(date), source
    return AnnouncementStage()(doc).announcement["published"]


def test_published_is_the_dateline_then_the_metadata_then_the_callers_date():
    dated = "АСТАНА, 2016 жылғы 3 қараша. KAZINFORM – " + TRAFFIC
    assert _published(dated, "2020-01-01", "cli") == "2016-11-03"
    assert _published(dated, "2016-11-04", "metadata") == "2016-11-03"
    assert _published(TRAFFIC, "2016-11-04", "metadata") == "2016-11-04"
    assert _published(TRAFFIC, "2020-01-01", "cli") == "2020-01-01"


def test_a_dateline_outlet_may_end_past_the_reach_it_must_start_within():
    outlet, place = outlet_and_place("ПЕТРОПАВЛ, 2 желтоқсан 2016 ж. - Egemen.kz. "
                                     "Облыста жаңа мектеп ашылды.")
    assert outlet == "Egemen.kz" and place is not None


def test_the_body_whose_site_a_credit_names():
    # body phrases of KazNERD valid / kk-text ("Ауыл шаруашылығы министрлігінің ресми сайтына ...",
    # "Қаржы полициясының ресми сайтына ...") in the credit line outlets write
    text = GRAIN.replace("Ауыл шаруашылығы министрлігінің мәліметінше, қ", "Қ")[:-1]
    ann = announcement(text + ", деп хабарлайды BAQ.KZ Қаржы полициясының ресми сайтына сілтеме жасап.",
                       [("BAQ.KZ", "ORGANISATION", None)])
    assert (ann["issuer"], ann["outlet"]) == ("Қаржы полициясы", "BAQ.KZ")
    ann = announcement(text + ", деп хабарлайды Ауыл шаруашылығы министрлігінің ресми сайты.")
    assert ann["issuer"] == "Ауыл шаруашылығы министрлігі"


def test_a_bare_city_body_takes_the_dateline_city():
    text = "АҚТӨБЕ. KAZINFORM – " + TRAFFIC[:-1] + ", деп хабарлайды қала әкімдігінің ресми сайты."
    ann = announcement(text, [("KAZINFORM", "ORGANISATION", None)])
    assert (ann["issuer"], ann["place"]) == ("Ақтөбе қаласы әкімдігі", "Ақтөбе")


def test_the_page_url_names_a_listed_outlet_only():
    from presskz.people.outlet import page_outlet
    assert page_outlet("https://kaz.inform.kz/news/x") == "KAZINFORM"
    assert page_outlet("https://www.lat.egemen.kz/article/1") == "Egemen.kz"
    assert page_outlet("https://aqtobe-museum.kz/kz/news") is None  # a publisher's own site
    assert page_outlet(None) is None


def test_bul_turaly_x_aitty_names_the_body():
    # KazNERD valid: "Бұл туралы бүгін Денсаулық сақтау министрінің орынбасары Қамалжан Надыров айтты ."
    text = GRAIN.replace("Ауыл шаруашылығы министрлігінің мәліметінше, қ", "Қ") + \
        " Бұл туралы бүгін Денсаулық сақтау министрінің орынбасары Қамалжан Надыров айтты."
    ann = announcement(text, [("Денсаулық сақтау министрінің орынбасары", "POSITION", None),
                              ("Қамалжан Надыров", "PERSON", None)])
    assert ann["issuer"] == "Денсаулық сақтау министрлігі"


# issue 20: only a body can issue a release; the issuer in its fullest written form; the page's own site
PORTUGAL = ("Футболдан Еуропа чемпионатының финалдық матчында Португалия құрамасы Франция командасын жеңіп "
            "Еуропа чемпионы атанды.")  # kk-text
ARCELOR = "«Арселор Миттал Теміртау» АҚ-да болат қорытудан шыққан сұйық қоқыс сыртқа атылды."  # kk-text
REGIONAL = ("Облыстық әкімдік өкілдерінің айтуынша, бұл тиісті заңнамада пайда болған өзгерістермен "
            "байланысты.")  # KazNERD valid
BRIEFING = "Бұл туралы Атырау облысының өңірлік коммуникациялар қызметі хабарлады."  # KazNERD valid


def test_a_team_is_no_issuer_the_outlet_reports_itself():
    text = "ERNUR.KZ. " + PORTUGAL
    ann = announcement(text, [("ERNUR.KZ", "ORGANISATION", None),
                              ("Португалия құрамасы", "ORGANISATION", None)])
    assert (ann["issuer"], ann["outlet"]) == ("ERNUR.KZ", "ERNUR.KZ")


def test_a_quoted_name_takes_the_head_written_after_it():
    from presskz.people.issuing import may_issue
    doc = annotated_document(ARCELOR, [("Арселор Миттал Теміртау", "ORGANISATION", None)])
    assert may_issue(doc, doc.entities[0])  # headed by "АҚ-да", not only a brand name
    ann = announcement(ARCELOR, [("Арселор Миттал Теміртау", "ORGANISATION", None)])
    assert ann["issuer"] == "Арселор Миттал Теміртау"


def test_a_venue_in_the_locative_is_no_issuer():
    text = ("Бүгін Орталық коммуникациялар қызметінде өткен брифингте " + REGIONAL[0].lower() + REGIONAL[1:])
    ann = announcement(text, [("Орталық коммуникациялар қызметінде", "ORGANISATION", None),
                              ("облыстық әкімдік", "ORGANISATION", None)])
    assert ann["issuer"] != "Орталық коммуникациялар қызметі"


def test_an_administrative_adjective_and_a_bare_head_take_the_release_place():
    text = "ПАВЛОДАР. KAZINFORM – " + REGIONAL
    ann = announcement(text, [("KAZINFORM", "ORGANISATION", None),
                              ("Облыстық әкімдік", "ORGANISATION", None)])
    assert ann["issuer"] == "Павлодар облысы әкімдігі"


def test_the_issuer_in_its_fullest_written_form():
    text = ("Әуезов театрына «Ұлттық» мәртебесі берілді.\nМ.Әуезов атындағы Қазақ ұлттық драма театры "
            "жаңа маусымды ашты.")  # the pattern of kk-text's "М.Әуезов атындағы ... театрында" sentences
    ann = announcement(text, [("Әуезов театрына", "FACILITY", "Әуезов театры"),
                              ("М.Әуезов атындағы Қазақ ұлттық драма театры", "FACILITY", None)])
    assert ann["issuer"] == "М.Әуезов атындағы Қазақ ұлттық драма театры"


def test_the_owner_of_the_pages_own_site_is_the_issuer():
    doc = annotated_document(BRIEFING.replace("Бұл туралы ", "").replace(" хабарлады", " брифинг өткізді"),
                             [("Атырау облысының өңірлік коммуникациялар қызметі", "ORGANISATION", None)])
    doc.meta["url"] = "https://www.gov.kz/memleket/entities/atyrau/press/news/details/1"
    for stage in (EventsStage(), QuotesStage(), PeopleStage(), AnnouncementStage()):
        doc = stage(doc)
    assert doc.announcement["outlet"] is None  # gov.kz: the body's own site


# issue 20, fresh releases in no split (URLs given): the speaker's body, a colon-ended "Бұл туралы X
# хабарлады:", a site name opening a sentence, the district of a gov.kz body path
def _with_url(text, entities, url):
    doc = annotated_document(text, entities)
    doc.meta["url"] = url
    for stage in (EventsStage(), QuotesStage(), PeopleStage(), AnnouncementStage()):
        doc = stage(doc)
    return doc.announcement


def test_the_body_of_a_quoted_official_is_the_issuer():
    # https://baribar.kz/184123/ (a deputy head of the Prosecutor General's Office at a briefing)
    text = ("Бас прокуратураның 1 қызмет бастығының орынбасары Елдос Қилымжановтың айтуынша, әлеуметтік "
            "желіде 2022 жылы қаңтарда Қазақстанда болған оқиғаларға байланысты жалған ақпараттар әлі де "
            "тарап жатыр.")
    ann = _with_url(text, [("Бас прокуратураның 1 қызмет бастығының орынбасары", "POSITION", None),
                           ("Елдос Қилымжановтың", "PERSON", "Елдос Қилымжанов")], "https://baribar.kz/184123/")
    assert ann["issuer"].startswith("Бас прокуратура") and ann["outlet"] == "baribar.kz"


def test_a_quoted_official_named_after_dep_habarlady():
    # https://almaty-akshamy.kz/kaspiy-tenizinde-zhogalgan-balikshilardi-tikyshakpen-izdep-zhatir
    text = ("«Каспий теңізінің жағалауында Ақшүкір ауылының маңында іздеу жұмыстарына қайықтармен 17 құтқарушы "
            "кірісті»,-деп хабарлады Маңғыстау облыстық Төтенше жағдайлар департаменті бастығының орынбасары "
            "Бекболат Әбдіқадыров.")
    position = "Маңғыстау облыстық Төтенше жағдайлар департаменті бастығының орынбасары"
    ann = announcement(text, [(position, "POSITION", None), ("Бекболат Әбдіқадыров", "PERSON", None)])
    assert ann["issuer"] == "Маңғыстау облыстық Төтенше жағдайлар департаменті"


def test_bul_turaly_x_habarlady_before_a_colon():
    # https://kaz.zakon.kz/okiga/6067423-altay-audanynda-zhoalan-balyshylar-dronny-kmegmen-tabyldy.html
    text = ("Бұл туралы ҚР ТЖМ баспасөз қызметі 2025 жылы 5 қыркүйекте хабарлады:\n\"Оқиға орнына дереу ТЖМ "
            "құтқарушыларының жедел тобы жіберілді.\"")
    ann = announcement(text, [("ҚР ТЖМ баспасөз қызметі", "ORGANISATION", None)])
    assert ann["issuer"] == "ҚР Төтенше жағдайлар министрлігі"


def test_a_site_name_opening_a_sentence_is_no_dateline():
    # https://almaty-akshamy.kz/kaspiy-tenizinde-zhogalgan-balikshilardi-tikyshakpen-izdep-zhatir
    text = ("Каспий теңізінде жоғалған балықшыларды 17 құтқарушы іздеп жатыр, деп хабарлайды "
            "Almaty-akshamy.kz ҚазАқпарат сайтына сілтеме жасап.\nLada.kz сайтының мәліметінше, 30 сәуірге "
            "қараған түні екі азамат теңізге балық аулауға шығып, содан оралмаған.")
    assert outlet_and_place(text) == ("Almaty-akshamy.kz", None)


def test_a_district_akimat_takes_the_district_its_gov_kz_path_names():
    # https://www.gov.kz/memleket/entities/karaganda-shet/press/news/details/1028946
    text = "Аудан әкімінің М.Мұхтаровтың төрағалығымен кеңейтілген аппарат отырысы өтті."
    ann = _with_url(text, [("Аудан әкімінің", "POSITION", "Аудан әкімі"), ("М.Мұхтаровтың", "PERSON", None)],
                    "https://www.gov.kz/memleket/entities/karaganda-shet/press/news/details/1028946")
    assert (ann["issuer"], ann["outlet"]) == ("Шет ауданы әкімдігі", None)


def test_a_legal_form_written_out_is_abbreviated_in_the_issuer():
    from presskz.people.bodies import short_legal_form
    # kk-text: "«Атбасар мыс кендері» акционерлік қоғамы жұмысшыларының ереуілі ..."
    assert short_legal_form("«Атбасар мыс кендері» акционерлік қоғамы") == "«Атбасар мыс кендері» АҚ"
    assert short_legal_form("«Тайынша-Май» жауапкершілігі шектеулі серіктестігі") == "«Тайынша-Май» ЖШС"
    assert short_legal_form("акционерлік қоғам") == "акционерлік қоғам"  # no name left: as written
    text = "1997 жылы “Балқашмыс” акционерлік қоғамы болды."  # kk-text
    ann = announcement(text, [("“Балқашмыс” акционерлік қоғамы", "ORGANISATION", None)])
    assert ann["issuer"] == "“Балқашмыс” АҚ"


def test_a_post_owned_by_a_body_in_the_genitive_is_that_bodys():
    # the owner in the genitive is the body; a bare head inside a compound post ("департамент
    # бастығы") ends no body (post written as in https://www.gov.kz prosecutors' releases)
    from presskz.people.bodies import body_of_position
    office = "Ақмола облыстық прокуратурасы"
    assert body_of_position("Ақмола облыстық прокуратурасының аға прокуроры") == office
    assert body_of_position("Бас прокуратураның департамент бастығының орынбасары") == "Бас прокуратура"
    assert body_of_position("Атырау облысы прокурорының аға көмекшісі") == "Атырау облысы прокуратурасы"


# Fresh releases in no split (issue 20, round 3); URLs given per case.
# https://www.ratel.kz/kz/local/yzylordada_zdik_sot_anytaldy_
RATEL_COURT = ("ҚазАқпарат-Қызылорда облыстық сотында Қазақстан Республикасының Тұңғыш Президенті күнін "
               "мерекелеуге арналған салтанатты іс-шара өтті, деп хабарлады ҚазАқпарат тілшісі облыстық "
               "сотқа сілтеме жасап.")
# https://uznews.asia/news/amp/10543799-abai_oblysynda_kantar_okigasyna_bailanys.html
ABAI_COURT = ("Абай облыстық сотта журналистерге арналған брифинг өтіп, жарты жылда атқарылған жұмыс "
              "туралы баяндалды.\nАйта кетейік, бүгінде Абай облысында 20 сот бар.\nБақытгүл ҚАЗЕЗ")
# https://shqolibrary.kz/kk/ (2025-23-сәуір)
LIBRARY = ("Іс-шараға ШҚ облыстық балалар және жасөспірімдер кітапханасының директоры орынбасары Казимова "
           "Гульжан Ахметбекқызы арнайы шақырылып, оқушылармен әсерлі кездесу өткізді.")
# https://ergobek.otrar-bilim.edu.kz/zhanalykhtar/mektebim-mejirim-mekeni
ERGOBEK = ("Отырар ауданы білім бөліміне қарасты “Ергөбек” негізгі орта мектепте 1 қыркүйек білім күніне "
           "орай 1- 9 сынып оқушыларының қатысуымен салтанатты жиын аталып өтті.")
# https://forbes.kz/news/2022/09/05/newsid_283814
FORBES = "Апта ішінде республика аумағында 3 мыңнан астам қылмыс жасалды."


def test_a_credit_naming_the_outlets_reporter_before_the_cited_body():
    court = ("Қызылорда облыстық сотында", "ORGANISATION", "Қызылорда облыстық соты")
    ann = announcement(RATEL_COURT, [court])
    assert ann["issuer"] == "Қызылорда облысы соты"  # "облыстық сот" with the place, as bodies writes it


def test_a_court_hosting_the_event_issues_and_a_bylines_surname_does_not():
    ann = announcement(ABAI_COURT, [("Абай облыстық сотта", "ORGANISATION", "Абай облыстық сот"),
                                    ("ҚАЗЕЗ", "ORGANISATION", None)])
    assert ann["issuer"] == "Абай облыстық сот"


def test_the_chief_of_an_institution_gives_the_institution():
    position = ("ШҚ облыстық балалар және жасөспірімдер кітапханасының директоры орынбасары", "POSITION",
                None)
    ann = announcement(LIBRARY, [position])
    assert ann["issuer"] == "ШҚ облыстық балалар және жасөспірімдер кітапханасы"


def test_the_parent_of_the_named_institution_is_no_issuer():
    parent = ("Отырар ауданы білім бөліміне", "ORGANISATION", "Отырар ауданы білім бөлімі")
    ann = announcement(ERGOBEK, [parent, ("“Ергөбек” негізгі орта мектепте", "FACILITY",
                                          "“Ергөбек” негізгі орта мектеп")])
    assert ann["issuer"] == "“Ергөбек” негізгі орта мектеп"


def test_a_signature_before_a_place_line():
    text = FORBES + "\nОблыстық соттың баспасөз қызметі.\nАрал ауданы."
    ann = announcement(text, [("Облыстық соттың баспасөз қызметі", "ORGANISATION", None)])
    assert ann["issuer"] is not None and ann["issuer"].lower().startswith("облыс")


# http://99.shymkent-mektebi.kz/main/meroprijatija-prazdniki/287-oua-shtar-mektep-zhobasy.html
SCHOOL99 = ("29.11.2022 ж күні Шымкент қаласы білім басқармасына қарасты 99 мектеп-гимназиясында "
            "\"Оқуға құштар мектеп\" жобасы аясында ұйымдастырылған \"Мың бір мақал, жүз бір жұмбақ\" "
            "сайысы 5 \"Д\", \"З\", \"Е\", \"Е\" сынып оқушылары арасында өтті.")
# http://11-merki.mektebi.kz/oushylara/meroprijatija-prazdniki/788-maali-shyraym-men-shyrajlym-men.html
SCHOOL11 = ("Байқауда ерекше актерлік шеберлігімен көзге түскен сыныптарды жүлделі орындарға ие болды.")


def test_on_an_institutions_own_site_its_kind_of_body_is_the_issuer():
    parent = ("Шымкент қаласы білім басқармасына", "ORGANISATION", "Шымкент қаласы білім басқармасы")
    school = ("99 мектеп-гимназиясында", "FACILITY", "99 мектеп-гимназиясы")
    url = "http://99.shymkent-mektebi.kz/main/meroprijatija-prazdniki/287-oua-shtar-mektep-zhobasy.html"
    assert _with_url(SCHOOL99, [parent, school], url)["issuer"] == "99 мектеп-гимназиясы"
    url = "http://11-merki.mektebi.kz/oushylara/meroprijatija-prazdniki/788.html"
    assert _with_url(SCHOOL11, [], url)["issuer"] == "Мектеп"  # the school names itself by no name


def test_a_source_link_on_the_last_line_names_the_outlet():
    # the link line as relayed pages end (a page of auezov-theatre.kz found with a web search)
    assert outlet_and_place(GRAIN + "\n\nhttps://anatili.kazgazeta.kz/news/60230") == ("Ана тілі", None)
    assert outlet_and_place(GRAIN + "\nhttps://example.kz/news/1") == ("example.kz", None)
    assert outlet_and_place(GRAIN + "\nТолығырақ: https://example.kz/news/1 сайтында") == (None, None)
