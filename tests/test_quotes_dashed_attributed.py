"""Dash-style direct speech and attributed statements (presskz.quotes.dashed / .attributed), on real
sentences: KazNERD valid (CC BY 4.0, Yeshpanov et al. 2022) and kk-text; the closing "— деді X" or
the dateline is added where the sentence had none."""
from presskz.eval.events import annotated_document
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage


def quotes_of(text, entities=()):
    return PeopleStage()(QuotesStage()(annotated_document(text, entities))).quotes


def test_dash_paragraph_with_the_speaker_after_the_verb():
    text = "— Иә, естідім, жақсы болыпты, — деді Ерлан Қошанов."  # kk-text
    [q] = quotes_of(text, [("Ерлан Қошанов", "PERSON", "Ерлан Қошанов")])
    assert (q.text, q.kind, q.verb, q.speaker.name) == ("Иә, естідім, жақсы болыпты", "direct", "деді",
                                                        "Ерлан Қошанов")


def test_dash_paragraph_with_no_speaker_takes_the_person_named_before():
    text = "Облыс әкімі Бердібек Сапарбаев мектепке барды.\n— Қыз аман-есен үйіне келіпті, — деді."
    [q] = quotes_of(text, [("Облыс әкімі", "POSITION", "Облыс әкімі"),
                           ("Бердібек Сапарбаев", "PERSON", "Бердібек Сапарбаев")])
    assert (q.text, q.speaker.name) == ("Қыз аман-есен үйіне келіпті", "Бердібек Сапарбаев")


def test_an_indented_paragraph_reads_its_speaker_as_an_unindented_one():
    # scraped releases often indent their lines: the paragraph's own sentences are found the same way
    people = [("Облыс әкімі", "POSITION", "Облыс әкімі"), ("Бердібек Сапарбаев", "PERSON", "Бердібек Сапарбаев")]
    speakers = set()
    for indent in ("", "   "):
        text = ("Облыс әкімі Бердібек Сапарбаев мектепке барды. Кездесу өтті. Сұрақтар қойылды. "
                "Жауаптар берілді. Бәрі риза болды. Сапар аяқталды.\n" + indent
                + "Бұл – маңызды қадам. — Қыз аман-есен үйіне келіпті, — деді.")
        [q] = quotes_of(text, people)
        speakers.add(q.speaker.name if q.speaker else None)
    assert len(speakers) == 1


def test_hyphen_dash_and_deп_atap_otti_with_a_position_speaker():
    text = "- Елімізде игерілмей жатқан жер көп, - деп атап өтті облыс әкімі."  # KazNERD words
    [q] = quotes_of(text, [("облыс әкімі", "POSITION", "облыс әкімі")])
    assert (q.text, q.verb, q.speaker, q.speaker_entity.text) == (
        "Елімізде игерілмей жатқан жер көп", "атап өтті", None, "облыс әкімі")


def test_a_quote_running_over_two_paragraphs():
    text = ("— Отбасы құндылықтары күрделі өзгерістерге ұшырады.\n"
            "Елімізде игерілмей жатқан жер көп, — деді Лейла Исенғұлова.")
    [q] = quotes_of(text, [("Лейла Исенғұлова", "PERSON", "Лейла Исенғұлова")])
    assert q.text == "Отбасы құндылықтары күрделі өзгерістерге ұшырады.\nЕлімізде игерілмей жатқан жер көп"


def test_colon_led_dash_paragraph():
    text = "Ғабдолла Ахметжанов былай деді:\n— Жамбыл көшесінің соңы Төле биге келіп тіреледі."
    [q] = quotes_of(text, [("Ғабдолла Ахметжанов", "PERSON", "Ғабдолла Ахметжанов")])
    assert (q.text, q.verb, q.speaker.name) == ("Жамбыл көшесінің соңы Төле биге келіп тіреледі", ":",
                                                "Ғабдолла Ахметжанов")


def test_a_dash_line_with_no_speech_verb_is_no_quote():
    assert quotes_of("— Осында қаншама бала бар.\n— Бұл заңдылық дейміз.") == []


def test_according_to_a_person():
    text = "Лейла Исенғұлованың айтуынша, баланың шетелге шығуына оның әкесі қарсы болып отыр."  # KazNERD
    [q] = quotes_of(text, [("Лейла Исенғұлованың", "PERSON", "Лейла Исенғұлова")])
    assert (q.text, q.kind, q.verb, q.speaker.name) == (
        "баланың шетелге шығуына оның әкесі қарсы болып отыр", "indirect", "айтуынша", "Лейла Исенғұлова")


def test_according_to_a_position_word_goes_to_the_position_holder():
    text = ("Мектеп-лицейінің директоры Сәуле Қалыбекова жиын өткізді. Директордың айтуынша, оқу ордасында "
            "жалпы 4350 бала бар.")  # KazNERD ("Мектеп-лицейінің директоры Сәуле Қалыбекованың айтуынша")
    quotes = quotes_of(text, [("Мектеп-лицейінің директоры", "POSITION", "Мектеп-лицейінің директоры"),
                              ("Сәуле Қалыбекова", "PERSON", "Сәуле Қалыбекова")])
    assert [(q.text, q.speaker.name) for q in quotes] == [("оқу ордасында жалпы 4350 бала бар",
                                                          "Сәуле Қалыбекова")]


def test_credit_line_names_the_body_as_speaker():
    text = ("«Мектепке жол» іс-шарасы кезінде үй-үйді аралау барысында Екібастұз қаласы ІІД қызметкерлері "
            "үйлердің бірінен ішімдікке мас болған анасының жанынан 2010 жылы туған кішкентай баланы тауып "
            "алды, деп хабарлайды Павлодар облысы ІІД баспасөз қызметі.")  # kk-text
    [q] = quotes_of(text, [("Павлодар облысы ІІД баспасөз қызметі", "ORGANISATION", None)])
    assert q.text.startswith("«Мектепке жол» іс-шарасы") and q.text.endswith("баланы тауып алды")
    assert (q.kind, q.verb, q.speaker_entity.text) == ("indirect", "деп хабарлайды",
                                                       "Павлодар облысы ІІД баспасөз қызметі")


def test_credit_line_after_a_dateline_leaves_the_dateline_out():
    text = "АСТАНА. KAZINFORM – Жамбыл көшесінің соңы Төле биге келіп тіреледі, деп хабарлайды Egemen.kz."
    [q] = quotes_of(text, [("Egemen.kz", "ORGANISATION", None)])
    assert (q.text, q.speaker_entity.text) == ("Жамбыл көшесінің соңы Төле биге келіп тіреледі", "Egemen.kz")


def test_bul_turaly_x_malimdedi_reports_the_sentence_before():
    text = ("Елімізде игерілмей жатқан жер көп. Бұл туралы Үкіметте Индустрия және инфрақұрылымдық даму "
            "вице-министрі Қайырбек Өскенбаев мәлімдеді.")  # KazNERD
    [q] = quotes_of(text, [("Үкіметте", "ORGANISATION", "Үкімет"),
                           ("Индустрия және инфрақұрылымдық даму вице-министрі", "POSITION", None),
                           ("Қайырбек Өскенбаев", "PERSON", "Қайырбек Өскенбаев")])
    assert (q.text, q.kind, q.verb, q.speaker.name) == ("Елімізде игерілмей жатқан жер көп", "indirect",
                                                        "мәлімдеді", "Қайырбек Өскенбаев")


def test_a_relaying_outlet_speaks_for_no_later_quote():
    text = ("Жамбыл көшесінің соңы Төле биге келіп тіреледі, деп хабарлайды Egemen.kz.\n"
            "— Орқаш орманы — ерекше қорғауға алынған аймақ, — деді.")
    quotes = quotes_of(text, [("Egemen.kz", "ORGANISATION", None)])
    assert [(q.kind, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        ("indirect", "Egemen.kz"), ("direct", None)]


def test_a_dash_list_after_a_colon_is_no_quote():
    text = ("Науқан шарттары:\n- Мен өзімнің Семейге сапарымды еш уақытта ұмытпаймын;\n"
            "- Жағаға жайылған су жылда басып қалатын.")  # KazNERD lines as a list
    assert quotes_of(text) == []


def test_no_opening_dash_quotes_the_closing_sentence_only():
    text = ("Жарысқа 130 адам қатысады. Жамбыл көшесінің соңы Төле биге келіп тіреледі, - дейді "
            "Ғабдолла Ахметжанов.")  # KazNERD words
    [q] = quotes_of(text, [("Ғабдолла Ахметжанов", "PERSON", "Ғабдолла Ахметжанов")])
    assert (q.text, q.kind, q.verb) == ("Жамбыл көшесінің соңы Төле биге келіп тіреледі", "direct", "дейді")


def test_dash_dep_habarlady_with_no_opening_dash_is_attributed_speech():
    text = "Ахметжан Есімовтің ұсынысын қолдаймыз, - деп хабарлады Павлодар облысы ІІД баспасөз қызметі."
    [q] = quotes_of(text, [("Ахметжан Есімовтің", "PERSON", "Ахметжан Есімов"),
                           ("Павлодар облысы ІІД баспасөз қызметі", "ORGANISATION", None)])
    assert (q.text, q.kind, q.verb) == ("Ахметжан Есімовтің ұсынысын қолдаймыз", "indirect", "деп хабарлады")


def test_a_bare_body_noun_speaks_for_the_release_body():
    # kk-text: "..., деп хабарлады ведомствоның баспасөз қызметінен."
    text = ("ҚР Табиғи монополияларды реттеу агенттігінде әдістемелік кеңестің кезекті отырысы өтті, "
            "деп хабарлады ведомствоның баспасөз қызметінен.")
    agency = ("ҚР Табиғи монополияларды реттеу агенттігінде", "ORGANISATION",
              "ҚР Табиғи монополияларды реттеу агенттігі")
    quotes = quotes_of(text, [agency])
    assert [(q.kind, q.speaker_entity.text if q.speaker_entity else None) for q in quotes] == \
        [("indirect", agency[0])]


def test_a_bare_body_noun_as_subject_is_not_reported_content():
    # KazNERD valid sentence (GRAIN of test_announcement_sources) with "Министрлік" as the subject
    text = ("Ауыл шаруашылығы министрлігінің мәліметінше, қазір қоймаларда азық-түліктің бір миллион екі "
            "жүз мың тонна қоры бар. Министрлік қор жеткілікті екенін айтты.")
    ministry = ("Ауыл шаруашылығы министрлігінің", "ORGANISATION", "Ауыл шаруашылығы министрлігі")
    last = quotes_of(text, [ministry])[-1]
    assert last.text == "қор жеткілікті екенін" and last.speaker_entity is not None
    assert last.speaker_entity.normalized == "Ауыл шаруашылығы министрлігі"


# issue 20: attributed-speech forms and speakers from fresh releases in no split (URLs given) and kk-text
def test_ozhazuynsha_and_sozine_karaganda_take_the_pronouns_speaker():
    # https://egemen.kz/amp/article/287090-whatsapp-qonhyraularynynh-aqyly-bolatyny-ras-pa
    post = "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі"
    text = (post + " Бағдат Мусин өз министрлігінің қызметіне қатысты бірнеше қауесетті жоққа шығарды.\n"
            "Министр министрліктің жоспарында әлеуметтік желілерді бұғаттау жоқ екенін айтты. Оның жазуынша, "
            "бұл мәселе өткен жылы талқыланған, бірақ биыл тағы да көтеріліп отыр.")
    quotes = quotes_of(text, [(post, "POSITION", None), ("Бағдат Мусин", "PERSON", "Бағдат Мусин"),
                              ("Министр", "POSITION", "Министр")])
    said = [q for q in quotes if q.verb == "жазуынша"]
    assert [(q.text, q.speaker.name) for q in said] == [
        ("бұл мәселе өткен жылы талқыланған, бірақ биыл тағы да көтеріліп отыр", "Бағдат Мусин")]
    # https://ult.kz/post/kozhamzharov-xalykka-apta-sayyn-esep-berudi-tapsyrdy
    text = ("Бүгінгі баспасөз мәслиxатында О.Лоскутова жолаушыларды тасымалдау саласындағы тексерістердің "
            "нәтижесін жариялады.\nОның сөзіне қарағанда, автобусты мас күйінде жүргізген адамдарды жұмысқа "
            "қайта алу оқиғалары аз емес.")
    quotes = quotes_of(text, [("О.Лоскутова", "PERSON", "О.Лоскутова")])
    said = [q for q in quotes if q.verb == "сөзіне қарағанда"]
    assert [q.text for q in said] == ["автобусты мас күйінде жүргізген адамдарды жұмысқа қайта алу оқиғалары "
                                      "аз емес"]


def test_kk_text_according_phrases():
    # kk-text
    [q] = quotes_of("Ресми тұлғалардың айтуы бойынша, қайтыс болғандардың саны артады деп күтілуде.")
    assert (q.text, q.kind, q.verb) == ("қайтыс болғандардың саны артады деп күтілуде", "indirect",
                                        "айтуы бойынша")
    [q] = quotes_of("Салғараұлының пікіріне сүйенсек, бұл сөз бүгінгі қазақ тілінде де бар.",
                    [("Салғараұлының", "PERSON", "Салғараұлы")])
    assert (q.text, q.speaker_mention.text) == ("бұл сөз бүгінгі қазақ тілінде де бар", "Салғараұлының")


def test_a_site_named_before_saitynyn_malimetinshe_is_the_source():
    # https://almaty-akshamy.kz/kaspiy-tenizinde-zhogalgan-balikshilardi-tikyshakpen-izdep-zhatir
    text = ("Lada.kz сайтының мәліметінше, 30 сәуірге қараған түні 1994 жылы туған Қазақстан азаматы мен 1983 "
            "жылы туған Өзбекстан азаматы темір қайықпен теңізге балық аулауға шығып, содан оралмаған.")
    [q] = quotes_of(text, [("Lada.kz", "ORGANISATION", None)])
    assert (q.kind, q.speaker_entity.text) == ("indirect", "Lada.kz")


def test_deди_ol_after_a_paragraph_of_the_speakers_words_is_the_person_named_before_it():
    # https://el.kz/vitse-premerler-nege-ministrlik-qyzmetterinen-ayyryldy_88564/
    text = ("Премьер-министрдің орынбасары - қаржы министрі Ерұлан Жамаубаев үкімет кулуарында сауалға жауап "
            "берді.\nБұл – саяси шешім. Серік Мақашұлы (Жұманғарин – ред.) үнемі іссапарда жүреді. Енді жұмыс "
            "жүйелірек болады, бұл дұрыс шешім деп ойлаймын, - деді ол.")
    quotes = quotes_of(text, [("Ерұлан Жамаубаев", "PERSON", "Ерұлан Жамаубаев"),
                              ("Серік Мақашұлы", "PERSON", "Серік Мақашұлы"),
                              ("Жұманғарин", "PERSON", "Жұманғарин")])
    [q] = [q for q in quotes if q.kind == "direct"]
    assert q.speaker.name == "Ерұлан Жамаубаев"


def test_akparatka_saikes_and_a_speech_verb_list_of_the_press():
    # https://egemen.kz/article/344165 (its Cyrillic text; ar.egemen.kz/article/344165 in Arabic script)
    text = ("Министрліктің баспасөз қызметі ұсынған ақпаратқа сәйкес, өрт басталған кезде Ильин Солтүстік "
            "Қазақстан облысында болған.")
    [q] = quotes_of(text, [("Министрліктің баспасөз қызметі", "ORGANISATION", None), ("Ильин", "PERSON", None)])
    assert (q.text, q.verb) == ("өрт басталған кезде Ильин Солтүстік Қазақстан облысында болған",
                                "ұсынған ақпаратқа сәйкес")
    # https://baq.kz/news/othernews/tzhd-kutkarushylary-balykshylardy/ ("Бұл туралы X жазды.")
    text = ("Алматы облысы Төтенше жағдайлар департаментінің қызметкерлері Қапшағай су қоймасында әуесқой екі "
            "балықшыны құтқару бойынша сәтті операция өткізді. Бұл туралы Алматы облысы ТЖД баспасөз қызметі "
            "жазды.")
    quotes = quotes_of(text, [("Алматы облысы Төтенше жағдайлар департаментінің", "ORGANISATION", None),
                              ("Алматы облысы ТЖД баспасөз қызметі", "ORGANISATION", None)])
    assert [(q.verb, q.speaker_entity.text) for q in quotes] == [("жазды", "Алматы облысы ТЖД баспасөз қызметі")]


def test_aityp_berdi_closes_a_report():
    # kk-text
    text = ("Ол сот алқасына 29 жасар айыпталушы Квинтон Теллис пен 19 жасар жәбірленуші Джессика Чамберстің "
            "қозғалысын адам өлімі орын алған бір түнге жинау үшін, ұялы телефон жазбаларын қалай қолданғанын "
            "айтып берді.")
    [q] = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert q.verb == "айтып берді" and q.text.endswith("ұялы телефон жазбаларын қалай қолданғанын")
