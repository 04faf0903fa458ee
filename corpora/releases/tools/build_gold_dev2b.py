"""Build the gold of the dev additions of 2026-12-08 by annotator dev2b (non-state publishers).

Schema 1.1 gold written blind from the text (GUIDELINES.md): every span is given as its
exact text (+ occurrence / after= anchor) and resolved by goldlib, which asserts it.
Run: cd corpora/releases/tools && python3 build_gold_dev2b.py [function names]
Sources and metadata of each document: ../sources_dev2b.tsv.
"""
from goldlib import Gold

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Schema 1.1 gold per GUIDELINES.md and the README's settled conventions, written blind from the text (dev additions of 2026-12-08, annotator dev2b, non-state publishers). Events: one entry per mention, mentions of one happening share a cluster id; when/where are the time/place texts as written in that mention's clause (null when the clause has none).",
    "dev2b conventions: (1) a role at a named body ('X университетінің профессоры', 'X директоры') is one POSITION with the body nested; a bare post ('Университет ректоры', 'облыс әкімінің орынбасары') is a POSITION normalized with its body when the text names it. (2) Generic names of an organisation's sessions or a summit ('XXVII Бас Ассамблеясы', 'II форумы', '... бесінші консультативтік кездесуі') are happenings, not EVENT entities; their roman/ordinal numbers are ordinal quantities (unit = the head noun). Titles in quotes of an evening, exhibition or seminar are EVENT entities (text inside the quotes). (3) A jubilee or holiday named as the frame ('мерейтойын мерекелеу аясында', '90 жылдығына орайластырылды') is not an event mention; 'N жылдық'/'N жылдығы' is a duration temporal. (4) When one reported clause has two named speakers, the quote's speaker is the first named and the note says so. (5) Stored copies end at the last complete sentence or list line; page chrome (dates, counters, rubrics, photo captions, repeated headlines) dropped.",
]


def new(doc_id, ref, **meta):
    g = Gold(doc_id, ref, **meta)
    for s in COMMON_NOTES:
        g.note(s)
    return g


def atyrau_assembly():
    g = new("atyrau-university-caspian-assembly", "2026-02-26",
            publisher="Kh. Dosmukhamedov Atyrau University", publisher_kind="university",
            url="https://atyrau.edu.kz/kz/Information/Info/1115?name=Instituts+of+ANK",
            published="2026-02-26", outlet=None, text_kind="release")
    g.note("The university's own news item. The page shows '26.02.2026' (date + view counter line dropped): reference_date 2026-02-26. The stored copy stops mid-sentence after the last paragraph; the text ends at the last complete sentence.")
    g.note("'Каспий маңы елдері университеттері қауымдастығының' (headline) and '... университеттері мен ғылыми-зерттеу орталықтары қауымдастығының' (body) = ORGANISATION, normalized to the nominative; 'Каспий' nested LOCATION. The bare 'Қауымдастықтың' of the last paragraph (anaphoric short name) = optional ORGANISATION. 'Университет ректоры' and 'Қауымдастық президенті', 'Қауымдастықтың жауапты хатшысы' = POSITION normalized with the body's name. 'Атырау облысы әкімінің' (on whose behalf) = POSITION. '... Қалмақ мемлекеттік университетінің профессоры' = one POSITION (ORG and PERSON nested). 'Алғыс хаттар' (letters of thanks) is not a named prize.")
    g.note("Events: c1 = the XXVII General Assembly session (headline 'Ассамблеясы', no verb: unknown; 'отырысы өтті', past). c2 = the presentation of letters of thanks ('тапсырды', award). The university's 85th jubilee ('мерейтойын мерекелеу аясында') is the frame, not a mention; speeches ('сөз сөйлеп', 'алғысын білдірді') are not events. Quote: '... ерекше рөлін атап өтті' = indirect, two speakers (Үнзила Шапақ and Ақерке Абылайхан): speaker = the first named (dev2b convention 4).")
    ORG = "Каспий маңы елдері университеттері мен ғылыми-зерттеу орталықтары қауымдастығы"
    g.ent("Каспий маңы елдері университеттері қауымдастығының", "ORGANISATION", "Каспий маңы елдері университеттері қауымдастығы")
    g.nested("Каспий", "LOCATION", n=1)
    g.qty("XXVII", "ordinal", 27, unit="Бас Ассамблея", n=1)
    U = "Халел Досмұхамедов атындағы Атырау университеті"
    g.ent("Халел Досмұхамедов атындағы Атырау университетінің", "ORGANISATION", U)
    g.nested("Халел Досмұхамедов", "PERSON")
    g.nested("Атырау", "GPE", n=1)
    g.tmp("85 жылдық", "duration", "P85Y")
    g.ent("Каспий маңы елдері университеттері мен ғылыми-зерттеу орталықтары қауымдастығының", "ORGANISATION", ORG)
    g.nested("Каспий", "LOCATION", n=2)
    g.qty("XXVII", "ordinal", 27, unit="Бас Ассамблея", n=2)
    g.ent("Университет ректоры", "POSITION", "Халел Досмұхамедов атындағы Атырау университетінің ректоры")
    g.ent("С. Н. Идрисов", "PERSON")
    g.ent("Қауымдастық президенті", "POSITION", ORG + "ның президенті")
    g.ent("Атырау облысы әкімінің", "POSITION", "Атырау облысының әкімі")
    g.nested("Атырау", "GPE", n=2)
    g.ent("облыс әкімінің орынбасары", "POSITION", "Атырау облысы әкімінің орынбасары")
    g.ent("Қайрат Нұртаев", "PERSON")
    g.ent("Қауымдастықтың жауапты хатшысы", "POSITION", ORG + "ның жауапты хатшысы")
    g.ent("Е. А. Юкинаға", "PERSON", "Е. А. Юкина")
    P = "Б. Б. Городовиков атындағы Қалмақ мемлекеттік университетінің профессоры"
    g.ent(P, "POSITION")
    g.nested("Б. Б. Городовиков атындағы Қалмақ мемлекеттік университетінің", "ORGANISATION", "Б. Б. Городовиков атындағы Қалмақ мемлекеттік университеті")
    g.nested("Б. Б. Городовиков", "PERSON")
    g.ent("А. К. Натыровқа", "PERSON", "А. К. Натыров")
    M = "Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитетінің мүшесі"
    g.ent(M, "POSITION")
    g.nested("Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитетінің", "ORGANISATION",
             "Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитеті")
    g.nested("Қазақстан Республикасы", "GPE")
    g.ent("Үнзила Шапақ", "PERSON")
    R = "ҚР Ғылым және жоғары білім министрлігінің өкілі"
    g.ent(R, "POSITION")
    g.nested("ҚР Ғылым және жоғары білім министрлігінің", "ORGANISATION", "ҚР Ғылым және жоғары білім министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Ақерке Абылайхан", "PERSON")
    g.optional("Қауымдастықтың", "ORGANISATION", ORG, n=2)
    g.ev("session", "Ассамблеясы", "unknown", cluster="c1", n=1)
    g.ev("session", "отырысы", "past", cluster="c1")
    g.ev("award", "тапсырды", "past", cluster="c2",
         participants=["Қайрат Нұртаев", "Е. А. Юкинаға", "А. К. Натыровқа"])
    g.quote("Қауымдастықтың ғылым мен білім саласындағы халықаралық ынтымақтастықты нығайтудағы ерекше рөлін",
            "Үнзила Шапақ", "атап өтті", kind="indirect")
    g.person("С. Н. Идрисов", ["Халел Досмұхамедов атындағы Атырау университетінің ректоры", ORG + "ның президенті"],
             [("С. Н. Идрисов",)])
    g.person("Қайрат Нұртаев", ["Атырау облысы әкімінің орынбасары"], [("Қайрат Нұртаев",)])
    g.person("Е. А. Юкина", [ORG + "ның жауапты хатшысы"], [("Е. А. Юкинаға",)])
    g.person("А. К. Натыров", [P], [("А. К. Натыровқа",)])
    g.person("Үнзила Шапақ", [M], [("Үнзила Шапақ",)])
    g.person("Ақерке Абылайхан", [R], [("Ақерке Абылайхан",)])
    g.announce(headline="Каспий маңы елдері университеттері қауымдастығының XXVII Бас Ассамблеясы", issuer=U,
               outlet=None, published="2026-02-26", place=None, main_event="c1")
    return g.save()


def vku_rectors_forum():
    g = new("vku-central-asia-rectors-forum", "2023-09-15",
            publisher="S. Amanzholov East Kazakhstan University", publisher_kind="university",
            url="https://vku.edu.kz/2023/09/15/%d0%b4%d1%83%d1%88%d0%b0%d0%bd%d0%b1%d0%b5%d0%b4%d0%b5-%d0%be%d1%80%d1%82%d0%b0%d0%bb%d1%8b%d2%9b-%d0%b0%d0%b7%d0%b8%d1%8f-%d0%b5%d0%bb%d0%b4%d0%b5%d1%80%d1%96%d0%bd%d1%96%d2%a3-%d0%b6%d0%be%d2%93",
            published="2023-09-15", outlet=None, text_kind="release")
    g.note("The university's own news item; the page shows '15 Қыркүйек 2023' (dropped as chrome): reference_date 2023-09-15. The stored copy stops mid-sentence ('Ынтымақтастық қос диплом бағдарлама'); the text ends at the last complete sentence.")
    g.note("'Орталық Азия' = LOCATION at each mention (also inside the upper-case headline). 'С. Аманжолов атындағы Шығыс Қазақстан университеті' = ORGANISATION (nested PERSON, nested GPE 'Шығыс Қазақстан'); the three Tajik partners = ORGANISATION (nested PERSON / GPE 'Денаус'). 'Стратегиялық даму және ғылыми жұмыс жөніндегі проректор' = POSITION. 'бесінші' (the summit's number) and 'II' = ordinal (dev2b convention 2).")
    g.note("Events: c1 = the II forum of rectors (headline 'ФОРУМЫ ӨТТІ', 'форумы өтті' with where 'Тәжікстанда, Душанбе қаласында', 'Шараға ... қатысты', 'Кездесу барысында' = the forum's sitting, all past); c2 = the fifth consultative meeting of the Central Asian heads of state, the frame of the forum ('кездесуі аясында', meeting, past from the clause); c3 = the signing of cooperation agreements ('қол қойылды', signing). 'барды' (attended) and 'талқылады' are not separate happenings.")
    g.ent("ДУШАНБЕДЕ", "GPE", "Душанбе")
    g.ent("ОРТАЛЫҚ АЗИЯ", "LOCATION", "Орталық Азия")
    g.qty("II", "ordinal", 2, unit="форум", n=1)
    g.ent("Тәжікстанда", "GPE", "Тәжікстан")
    g.ent("Душанбе", "GPE")
    g.ent("Орталық Азия", "LOCATION", n=1)
    g.qty("бесінші", "ordinal", 5, unit="кездесу")
    g.ent("Орталық Азия", "LOCATION", n=2)
    g.qty("II", "ordinal", 2, unit="форум", n=2)
    g.ent("Орталық Азия", "LOCATION", n=3)
    g.ent("Тәжікстан", "GPE", n=1, after="министрлері мен")
    g.ent("Қазақстан", "GPE", n=1, after="министрлері мен")
    g.ent("Өзбекстан", "GPE")
    g.ent("Түрікменстан", "GPE")
    g.ent("Қырғызстанның", "GPE", "Қырғызстан")
    g.ent("С. Аманжолов атындағы Шығыс Қазақстан университеті", "ORGANISATION")
    g.nested("С. Аманжолов", "PERSON")
    g.nested("Шығыс Қазақстан", "GPE")
    P = "Стратегиялық даму және ғылыми жұмыс жөніндегі проректор"
    g.ent(P, "POSITION")
    g.ent("Ирина Ровнякова", "PERSON")
    g.ent("Қазақстан", "GPE", after="саласындағы")
    g.ent("Тәжікстанның", "GPE", "Тәжікстан")
    g.ent("Сотима Улугзода атындағы Тәжік халықаралық шет тілдер университетімен", "ORGANISATION",
          "Сотима Улугзода атындағы Тәжік халықаралық шет тілдер университеті")
    g.nested("Сотима Улугзода", "PERSON")
    g.ent("Денаус Кәсіпкерлік және педагогика институтымен", "ORGANISATION", "Денаус Кәсіпкерлік және педагогика институты")
    g.nested("Денаус", "GPE")
    g.ent("Шириншох Шотемур атындағы Тәжік аграрлық университетімен", "ORGANISATION",
          "Шириншох Шотемур атындағы Тәжік аграрлық университеті")
    g.nested("Шириншох Шотемур", "PERSON")
    g.ev("forum", "ФОРУМЫ", "past", where="ДУШАНБЕДЕ", cluster="c1")
    g.ev("meeting", "кездесуі", "past", cluster="c2", participants=["Орталық Азия мемлекеттері басшыларының"])
    g.ev("forum", "форумы", "past", where="Тәжікстанда, Душанбе қаласында", cluster="c1")
    g.ev("forum", "Шараға", "past", cluster="c1",
         participants=["Орталық Азия елдерінің білім министрлері",
                       "Тәжікстан, Қазақстан, Өзбекстан, Түрікменстан және Қырғызстанның жоғары оқу орындарының ректорлары"])
    g.ev("forum", "Кездесу", "past", cluster="c1")
    g.ev("signing", "қол қойылды", "past", cluster="c3")
    g.person("Ирина Ровнякова", [P], [("Ирина Ровнякова",)])
    g.announce(headline="ДУШАНБЕДЕ ОРТАЛЫҚ АЗИЯ ЕЛДЕРІНІҢ ЖОҒАРЫ ОҚУ ОРЫНДАРЫ РЕКТОРЛАРЫНЫҢ II ФОРУМЫ ӨТТІ",
               issuer="С. Аманжолов атындағы Шығыс Қазақстан университеті", outlet=None, published="2023-09-15",
               place=None, main_event="c1")
    return g.save()


# ---- end of documents ----
def main():
    import sys
    only = set(sys.argv[1:])
    for name, fn in list(globals().items()):
        if callable(fn) and getattr(fn, "__module__", None) == __name__ and name not in ("new", "main") \
                and fn.__code__.co_argcount == 0 and (not only or name in only):
            print(fn())


if __name__ == "__main__":
    main()
