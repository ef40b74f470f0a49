"""The shared frame: the app's title, sidebar, navigation and the overview's page guide."""

TEXTS = {
    "app.title": {
        "da": "Ledelsesstafetten",
        "en": "The leadership relay",
    },
    "frame.language": {"da": "Sprog", "en": "Language"},
    "frame.language.da": {"da": "Dansk", "en": "Dansk"},
    "frame.language.en": {"da": "English", "en": "English"},
    "frame.provenance": {
        "da": "Data: {n_pairs} spørgsmål og svar udvalgt i rapporten *{title}* "
        "({publisher}, {years}).",
        "en": "Data: {n_pairs} questions and answers selected in the report *{title}* "
        "({publisher}, {years}).",
    },
    "frame.provenance_file": {
        "da": "Data: {n_pairs} spørgsmål og svar fra filen {file}.",
        "en": "Data: {n_pairs} questions and answers from the file {file}.",
    },
    "frame.uploaded_note": {
        "da": "Indlæst på siden Data eller med et møde. De medfølgende data er uændrede.",
        "en": "Loaded on the Data page or with a meeting. The bundled data is unchanged.",
    },
    "frame.back_to_startup": {
        "da": "Tilbage til de medfølgende data",
        "en": "Back to the bundled data",
    },
    "frame.unexpected_error": {
        "da": "Noget gik galt på denne side. Dine valg er gemt; prøv at genindlæse siden eller "
        "vælge en anden side. Fejlen er skrevet i serverens log.",
        "en": "Something went wrong on this page. Your choices are kept; try reloading the page "
        "or picking another page. The error is written to the server's log.",
    },
    "frame.data_error": {
        "da": "Data kunne ikke indlæses. Ret disse problemer i filen og genindlæs siden:",
        "en": "The data could not be loaded. Fix these problems in the file and reload the page:",
    },
    "nav.overview": {"da": "Oversigt", "en": "Overview"},
    "guide.overview": {
        "da": "Baggrunden for stafetten, hvem der deltog, og hvad data rummer.",
        "en": "The background of the relay, who took part, and what the data holds.",
    },
    "nav.themes": {"da": "Temaer", "en": "Themes"},
    "guide.themes": {
        "da": "Kagerne: hvordan hver gruppes udvalgte spørgsmål fordeler sig på temaer.",
        "en": "The pie charts: how each group's selected questions spread over themes.",
    },
    "nav.cards": {"da": "Spørgsmål og svar", "en": "Questions and answers"},
    "guide.cards": {
        "da": "Kortene: hvert udvalgt spørgsmål med sit svar. Filtrér på gruppe, tema og fritekst, "
        "skriv noter og mærker på kortene, og læg kort i et møde med stjernen.",
        "en": "The cards: each selected question with its answer. Filter by group, theme and "
        "free text, write notes and tags on the cards, and star cards into a meeting.",
    },
    "nav.words": {"da": "Ord", "en": "Words"},
    "guide.words": {
        "da": "Ordskyer over de hyppigste ord i hver gruppe, med tallene ved siden af og hvert "
        "ord i sin sammenhæng.",
        "en": "Word clouds of each group's most frequent words, with the numbers beside them "
        "and every word in its context.",
    },
    "nav.crossreading": {"da": "Tværlæsning", "en": "Compare groups"},
    "guide.crossreading": {
        "da": "Rapportens to refleksioner med tallene bag dem, og en fri sammenligning af to "
        "udsnit side om side.",
        "en": "The report's two reflections with the numbers behind them, and a free comparison "
        "of two selections side by side.",
    },
    "nav.meetings": {"da": "Møder", "en": "Meetings"},
    "guide.meetings": {
        "da": "Møderne, medlemmerne har forberedt: åbn, omdøb, kopiér og slet dem, og sæt et "
        "mødes kort i rækkefølge med deres noter.",
        "en": "The meetings members have prepared: open, rename, copy and delete them, and put a "
        "meeting's cards in order with their notes.",
    },
    "nav.data": {"da": "Data", "en": "Data"},
    "guide.data": {
        "da": "Indlæs en anden stafet (CSV eller XLSX), se hvert problem i filen, og udforsk den "
        "på alle sider. De medfølgende data ændres aldrig.",
        "en": "Load another relay (CSV or XLSX), see every problem in the file, and explore it on "
        "every page. The bundled data is never changed.",
    },
    "nav.presentation": {"da": "Præsentation", "en": "Presentation"},
    "guide.presentation": {
        "da": "Ét dias ad gangen i stor skrift til møder: mødets kort (eller det aktuelle filter), "
        "kagerne, ordskyerne og refleksionerne; del linket, eller hent det hele som PPTX, PDF "
        "eller HTML.",
        "en": "One slide at a time in large type for meetings: the meeting's cards (or the "
        "current filter), the pie charts, the word clouds and the reflections; share the link, or "
        "download it all as PPTX, PDF or HTML.",
    },
}
