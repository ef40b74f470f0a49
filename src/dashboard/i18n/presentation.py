"""Presentation mode, slides, downloads and exports."""

TEXTS = {
    "slides.themes_heading": {"da": "Temaer – {group}", "en": "Themes – {group}"},
    "slides.card_heading": {"da": "Kort {n} af {total}", "en": "Card {n} of {total}"},
    "slides.words_from": {"da": "Ord fra: {kind}", "en": "Words from: {kind}"},
    "slides.participants": {
        "da": "{group}: {n} deltagere",
        "en": "{group}: {n} participants",
    },
    "slides.contributions": {
        "da": "{n} unikke bidrag i alt",
        "en": "{n} unique contributions in all",
    },
    "slides.stated.report": {
        "da": "Deltagere og bidrag står i rapporten; spørgsmål og kort er optalt fra data.",
        "en": "Participants and contributions are stated in the report; questions and cards are "
        "counted from the data.",
    },
    "slides.stated.file": {
        "da": "Deltagere og bidrag står i metadatafilen; spørgsmål og kort er optalt fra data.",
        "en": "Participants and contributions are stated in the metadata file; questions and "
        "cards are counted from the data.",
    },
    "slides.stated.none": {
        "da": "Spørgsmål og kort er optalt fra data.",
        "en": "Questions and cards are counted from the data.",
    },
    "slides.pairs.report": {
        "da": "{n} spørgsmål og svar udvalgt i rapporten",
        "en": "{n} questions and answers selected in the report",
    },
    "slides.pairs.file": {
        "da": "{n} spørgsmål og svar i data",
        "en": "{n} questions and answers in the data",
    },
    "slides.cards_in_deck": {
        "da": "{n} kort i denne præsentation",
        "en": "{n} cards in this presentation",
    },
    "slides.where.report": {
        "da": "rapporten »{title}« ({publisher}, {years})",
        "en": "the report “{title}” ({publisher}, {years})",
    },
    "slides.where.file": {"da": "filen »{file}«", "en": "the file “{file}”"},
    "slides.source": {"da": "Kilde: {where}.", "en": "Source: {where}."},
    "slides.source_computed": {
        "da": "Kilde: beregnet fra de udvalgte spørgsmål og svar i {where}.",
        "en": "Source: computed from the selected questions and answers in {where}.",
    },
    "slides.report_not_in_source": {
        "da": "Rapportens egne kager og ordskyer er ikke i kilden.",
        "en": "The report's own pie charts and clouds are not in the source.",
    },
    "slides.source_reflection": {
        "da": "Kilde: {where}, refleksionen »{heading}«. {quoted} Tallene er optalt fra de "
        "udvalgte spørgsmål og svar. {caveat}",
        "en": "Source: {where}, the reflection “{heading}”. {quoted} The numbers are counted "
        "from the selected questions and answers. {caveat}",
    },
    "export.progress.slide": {
        "da": "Dias {n} af {total}: {heading}",
        "en": "Slide {n} of {total}: {heading}",
    },
    "export.progress.table": {"da": "Skriver tabellen", "en": "Writing the table"},
    "export.progress.done": {"da": "Færdig", "en": "Done"},
    "export.page": {"da": "Side {page}", "en": "Page {page}"},
    "export.contents": {"da": "Indhold", "en": "Contents"},
    "present.basis.meeting": {
        "da": "Dias til mødet {title}: dets {n} kort i mødets rækkefølge. Ret rækkefølgen og "
        "noterne under Møder.",
        "en": "Slides for the meeting {title}: its {n} cards in the meeting's order. Change the "
        "order and the notes under Meetings.",
    },
    "present.basis.filter": {
        "da": "Intet møde valgt, så diasene følger filteret på Spørgsmål og svar ({n} kort).",
        "en": "No meeting picked, so the slides follow the filter on Questions and answers "
        "({n} cards).",
    },
    "present.basis.filter_capped": {
        "da": "Intet møde valgt, og filteret rummer flere kort end en præsentation kan bære, så "
        "diasene viser de første {n}. Læg kort i et møde med stjernen for at vælge selv.",
        "en": "No meeting picked, and the filter holds more cards than a presentation can carry, "
        "so the slides show the first {n}. Star cards into a meeting to choose yourself.",
    },
    "present.empty_meeting": {
        "da": "Mødet har endnu ingen dias: læg kort i det på Spørgsmål og svar, eller slå "
        "titel, kager, ordskyer eller refleksioner til under Møder.",
        "en": "The meeting has no slides yet: add cards to it on Questions and answers, or turn "
        "on the title, pie charts, word clouds or reflections under Meetings.",
    },
    "present.copy_link": {"da": "Kopiér link", "en": "Copy link"},
    "present.link_help": {
        "da": "Linket åbner mødets dias for alle, der kan nå denne server. Kopiér det med knappen "
        "i feltets hjørne.",
        "en": "The link opens the meeting's slides for anyone who can reach this server. Copy it "
        "with the button in the field's corner.",
    },
    "present.notes": {
        "da": "Mødets noter til kortet ({n})",
        "en": "The meeting's notes on the card ({n})",
    },
    "export.notes": {"da": "Noter", "en": "Notes"},
    "present.slide": {"da": "Dias", "en": "Slide"},
    "present.position": {"da": "{n} / {total}", "en": "{n} / {total}"},
    "present.previous": {"da": "Forrige", "en": "Previous"},
    "present.next": {"da": "Næste", "en": "Next"},
    "present.reveal": {"da": "Vis svaret", "en": "Show the answer"},
    "present.hide": {"da": "Skjul svaret", "en": "Hide the answer"},
    "present.downloads": {"da": "Hent præsentationen", "en": "Download the presentation"},
    "present.make": {"da": "Lav {format}", "en": "Make {format}"},
    "present.save": {"da": "Gem {format}", "en": "Save {format}"},
    "download.png": {"da": "PNG", "en": "PNG"},
    "download.svg": {"da": "SVG", "en": "SVG"},
    "download.chart_help": {
        "da": "Hent figuren som billede (PNG) eller vektorgrafik (SVG).",
        "en": "Download the figure as an image (PNG) or vector graphics (SVG).",
    },
    "download.cards_csv": {"da": "Hent kortene (CSV)", "en": "Download the cards (CSV)"},
    "download.cards_xlsx": {"da": "Hent kortene (XLSX)", "en": "Download the cards (XLSX)"},
}
