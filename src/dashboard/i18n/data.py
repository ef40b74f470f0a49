"""Reading relay files and their metadata, the problems found in them, and the Data page."""

TEXTS = {
    "problem.too_large": {
        "da": "Filen fylder {size} MB, men højst {max} MB er tilladt. Del tabellen op i flere "
        "filer.",
        "en": "The file is {size} MB, but at most {max} MB is allowed. Split the table into "
        "several files.",
    },
    "problem.wrong_type": {
        "da": "Filen »{name}« er ikke en tabel i CSV eller XLSX, men ligner en fil af typen "
        "{looks_like}. Gem tabellen som CSV UTF-8 eller som Excel-projektmappe (.xlsx), og prøv "
        "igen.",
        "en": "The file “{name}” is not a table in CSV or XLSX; it looks like a {looks_like} "
        "file. Save the table as CSV UTF-8 or as an Excel workbook (.xlsx) and try again.",
    },
    "problem.undecodable": {
        "da": "Filen indeholder tegn, der ikke er tekst (f.eks. binære data), så den kan ikke "
        "læses som en tabel. Gem filen som CSV UTF-8 eller XLSX.",
        "en": "The file holds characters that are not text (binary data, for instance), so it "
        "cannot be read as a table. Save the file as CSV UTF-8 or XLSX.",
    },
    "problem.xlsx_unreadable": {
        "da": "Excel-filen kan ikke åbnes: den er beskadiget eller ikke gemt færdig. Åbn den i "
        "Excel og gem den igen som XLSX, eller gem den som CSV UTF-8.",
        "en": "The Excel file cannot be opened: it is damaged or was not saved completely. Open "
        "it in Excel and save it again as XLSX, or save it as CSV UTF-8.",
    },
    "problem.xlsx_unpacked_too_large": {
        "da": "Excel-filen er for stor til at læse: pakket ud fylder den over {max} MB. Del "
        "tabellen op i flere filer, eller gem den som CSV UTF-8.",
        "en": "The Excel file is too large to read: unpacked it takes more than {max} MB. Split "
        "the table into several files, or save it as CSV UTF-8.",
    },
    "problem.xlsx_too_large": {
        "da": "Et ark i Excel-filen når ud til række {rows} og kolonne {columns}: det er mere "
        "end {max} celler at læse. Slet tomme rækker og kolonner under og til højre for "
        "tabellen, eller del den op i flere filer.",
        "en": "A sheet in the Excel file reaches row {rows} and column {columns}: more than "
        "{max} cells to read. Delete empty rows and columns below and to the right of the "
        "table, or split it into several files.",
    },
    "problem.xlsx_out_of_memory": {
        "da": "Excel-filen kræver mere end {max} GB hukommelse at læse, f.eks. fordi et ark når "
        "ud til celler langt fra tabellen. Slet tomme rækker og kolonner under og til højre for "
        "tabellen, eller gem den som CSV UTF-8.",
        "en": "The Excel file needs more than {max} GB of memory to read, for instance because a "
        "sheet reaches cells far from the table. Delete empty rows and columns below and to the "
        "right of the table, or save it as CSV UTF-8.",
    },
    "problem.xlsx_too_slow": {
        "da": "Excel-filen tog mere end {max} sekunder at læse og blev opgivet. Gem den som CSV "
        "UTF-8, eller del den op i flere filer.",
        "en": "The Excel file took more than {max} seconds to read and was given up. Save it as "
        "CSV UTF-8, or split it into several files.",
    },
    "problem.xlsx_too_many_columns": {
        "da": "Et ark i Excel-filen har celler i {count} kolonner, men højst {max} er tilladt. "
        "Slet kolonnerne til højre for tabellen.",
        "en": "A sheet in the Excel file has cells in {count} columns, but at most {max} are "
        "allowed. Delete the columns to the right of the table.",
    },
    "problem.too_many_columns": {
        "da": "Overskriften har {count} kolonner, men højst {max} er tilladt. Tjek skilletegnet, "
        "og slet kolonner, der ikke hører til tabellen.",
        "en": "The header has {count} columns, but at most {max} are allowed. Check the "
        "delimiter, and delete columns that do not belong to the table.",
    },
    "problem.too_much_text": {
        "da": "Tabellens celler rummer mere end {max} tegn i alt (en tekst, der går igen i mange "
        "celler, tæller hver gang). Del tabellen op i flere filer.",
        "en": "The table's cells hold more than {max} characters in all (a text repeated in many "
        "cells counts every time). Split the table into several files.",
    },
    "problem.mixed_encoding": {
        "da": "Linje {line} er gemt i en anden tegnkodning end resten af filen (UTF-8), så æ, ø "
        "og å ville blive læst forkert. Gem hele filen som CSV UTF-8, og prøv igen.",
        "en": "Line {line} is saved in another character encoding than the rest of the file "
        "(UTF-8), so æ, ø and å would be read wrongly. Save the whole file as CSV UTF-8 and "
        "try again.",
    },
    "problem.unclosed_quote": {
        "da": 'Et anførselstegn (") i rækken lukkes aldrig, så resten af filen ville blive læst '
        "som ét felt. Tjek anførselstegnene fra denne række og frem.",
        "en": 'A quotation mark (") in this row is never closed, so the rest of the file would '
        "be read as one field. Check the quotation marks from this row on.",
    },
    "problem.bad_quote": {
        "da": 'Et felt i anførselstegn (") efterfølges af andet end et skilletegn. Sæt '
        'anførselstegn om hele feltet, og skriv "" for et anførselstegn inde i teksten.',
        "en": 'A field in quotation marks (") is followed by something other than a delimiter. '
        'Put the quotation marks around the whole field, and write "" for a quotation mark '
        "inside the text.",
    },
    "problem.field_too_long": {
        "da": "Et felt i rækken er længere end {max} tegn. Forkort teksten eller del den op.",
        "en": "A field in this row is longer than {max} characters. Shorten the text or split "
        "it up.",
    },
    "problem.text_too_long": {
        "da": "Teksten er {length} tegn lang, men højst {max} tegn er tilladt. Forkort den "
        "eller del den op.",
        "en": "The text is {length} characters long, but at most {max} are allowed. Shorten it "
        "or split it up.",
    },
    "problem.too_many_rows": {
        "da": "Filen har mere end {max} rækker. Del tabellen op i flere filer.",
        "en": "The file has more than {max} rows. Split the table into several files.",
    },
    "problem.too_many_groups": {
        "da": "Filen har {count} forskellige grupper, men højst {max} er tilladt. Tjek kolonnen "
        "»group« (gruppe): står der noget andet end ledergruppen?",
        "en": "The file has {count} different groups, but at most {max} are allowed. Check the "
        "column “group”: does it hold something other than the leader group?",
    },
    "problem.too_many_themes": {
        "da": "Filen har {count} forskellige temaer, men højst {max} er tilladt. Tjek kolonnen "
        "»theme« (tema): står der noget andet end temaet?",
        "en": "The file has {count} different themes, but at most {max} are allowed. Check the "
        "column “theme”: does it hold something other than the theme?",
    },
    "problem.more": {
        "da": "… og {n} problemer mere af samme slags eller andre. Ret dem ovenfor først.",
        "en": "… and {n} more problems. Fix the ones above first.",
    },
    "problem.duplicate_header": {
        "da": "Kolonnen står flere gange i overskriften ({headers}). Slet eller omdøb den ene.",
        "en": "The column appears more than once in the header ({headers}). Delete or rename "
        "one of them.",
    },
    "problem.empty_header": {
        "da": "Kolonne {position} har ingen overskrift, men rummer data. Giv kolonnen et navn "
        "(f.eks. »answer«) eller slet den.",
        "en": "Column {position} has no header but holds data. Give the column a name (e.g. "
        "“answer”) or delete it.",
    },
    "ingest.read_as_csv": {
        "da": "Læst som CSV (tegnsæt {encoding}, adskilt med {delimiter}).",
        "en": "Read as CSV (encoding {encoding}, separated by {delimiter}).",
    },
    "ingest.read_as_xlsx": {
        "da": "Læst som Excel-projektmappe (XLSX), første ark.",
        "en": "Read as an Excel workbook (XLSX), first sheet.",
    },
    "ingest.delimiter.comma": {"da": "komma", "en": "commas"},
    "ingest.delimiter.semicolon": {"da": "semikolon", "en": "semicolons"},
    "ingest.delimiter.tab": {"da": "tabulator", "en": "tabs"},
    "ingest.renamed_columns": {
        "da": "Kolonner omdøbt: {renamed}.",
        "en": "Columns renamed: {renamed}.",
    },
    "ingest.renamed": {"da": "»{old}« → »{new}«", "en": "“{old}” → “{new}”"},
    "ingest.generated_ids": {
        "da": "Filen har ingen kolonne »id«, så id'erne er lavet ud fra gruppe og tema.",
        "en": "The file has no column “id”, so the ids were made from group and theme.",
    },
    "data.title": {"da": "Data – indlæs en anden stafet", "en": "Data – load another relay"},
    "data.intro": {
        "da": "Filen skal have kolonnerne **gruppe**, **tema**, **spørgsmål** og **svar** (eller "
        "de engelske navne group, theme, question, answer); **id** og **kilde** kan udelades. "
        "Det kan være en tekstfil (.csv eller .txt) med komma, semikolon eller tabulator mellem "
        "felterne, gemt i UTF-8 eller med Windows' danske tegn, eller en Excel-projektmappe "
        "(.xlsx). Intet bruges, før du har set forhåndsvisningen og bekræftet.",
        "en": "The file needs the columns **group**, **theme**, **question** and **answer** (or "
        "the Danish names gruppe, tema, spørgsmål, svar); **id** and **source** may be left out. "
        "It may be a text file (.csv or .txt) with commas, semicolons or tabs between the "
        "fields, saved as UTF-8 or with Windows' Danish characters, or an Excel workbook "
        "(.xlsx). Nothing is used before you have seen the preview and confirmed.",
    },
    "data.current": {
        "da": "Appen viser nu: **{name}** ({n} spørgsmål og svar).",
        "en": "The app now shows: **{name}** ({n} questions and answers).",
    },
    "data.table_file": {
        "da": "Stafetfil (.csv, .txt eller .xlsx, højst {max} MB)",
        "en": "Relay file (.csv, .txt or .xlsx, at most {max} MB)",
    },
    "data.metadata_file": {
        "da": "Har du allerede en beskrivelse af stafetten som fil (.toml, som appens egen "
        "data/relay.toml)? Så kan du uploade den i stedet for at udfylde »Beskriv stafetten«, "
        "som vises, når stafetfilen er læst",
        "en": "Do you already have a description of the relay as a file (.toml, like the app's "
        "own data/relay.toml)? Then you can upload it instead of filling in “Describe the "
        "relay”, which appears once the relay file is read",
    },
    "data.metadata_help": {
        "da": "Filen kan give titlen, deltagerne i hver gruppe og hele stafettens antal "
        "spørgsmål pr. tema. Det, den oplyser, vises med mærket »metadatafil«.",
        "en": "The file can give the title, each group's participants and the whole relay's "
        "questions per theme. What it states is shown with the mark “metadata file”.",
    },
    "data.form.heading": {
        "da": "Beskriv stafetten (valgfrit)",
        "en": "Describe the relay (optional)",
    },
    "data.form.intro": {
        "da": "Det, du skriver her, vises på alle sider som oplyst i metadata. Lad et felt stå "
        "tomt, hvis du ikke ved det; så står der »ikke oplyst«.",
        "en": "What you write here is shown on every page as stated in the metadata. Leave a "
        "field empty if you do not know it; it then says “not stated”.",
    },
    "data.form.title": {"da": "Titel", "en": "Title"},
    "data.form.years": {"da": "År", "en": "Years"},
    "data.form.years_placeholder": {"da": "fx 2025–2026", "en": "e.g. 2025–2026"},
    "data.form.participants": {"da": "Deltagere", "en": "Participants"},
    "data.form.themes": {"da": "Temaer i alt", "en": "Themes in all"},
    "data.form.blank_help": {
        "da": "Et helt tal; tomt betyder ikke oplyst.",
        "en": "A whole number; empty means not given.",
    },
    "data.form.save": {"da": "Gem beskrivelsen", "en": "Save the description"},
    "data.form.saved": {
        "da": "Beskrivelsen er gemt og tjekket sammen med filen nedenfor.",
        "en": "The description is saved and checked with the file below.",
    },
    "data.column.id": {"da": "id", "en": "id"},
    "data.column.group": {"da": "gruppe", "en": "group"},
    "data.column.theme": {"da": "tema", "en": "theme"},
    "data.column.question": {"da": "spørgsmål", "en": "question"},
    "data.column.answer": {"da": "svar", "en": "answer"},
    "data.column.source": {"da": "kilde", "en": "source"},
    "data.in_use": {"da": "Stafetten er i brug", "en": "The relay is in use"},
    "data.problems": {
        "da": "Filen kan ikke bruges endnu. Ret disse problemer ({n}) og indlæs den igen:",
        "en": "The file cannot be used yet. Fix these problems ({n}) and load it again:",
    },
    "data.warnings": {"da": "Bemærk:", "en": "Note:"},
    "data.ok": {
        "da": "Filen kan bruges: {n} spørgsmål, {n_answers} svar, grupper: {groups}.",
        "en": "The file can be used: {n} questions, {n_answers} answers, groups: {groups}.",
    },
    "data.preview": {
        "da": "Forhåndsvisning (de første {n} rækker af {total})",
        "en": "Preview (the first {n} rows of {total})",
    },
    "data.use": {"da": "Brug denne stafet på alle sider", "en": "Use this relay on every page"},
    "data.using": {
        "da": "Alle sider viser nu denne stafet.",
        "en": "Every page now shows this relay.",
    },
    "data.download_clean": {
        "da": "Hent den rensede fil (CSV, UTF-8)",
        "en": "Download the cleaned file (CSV, UTF-8)",
    },
    "problem.row": {"da": "Række {row}", "en": "Row {row}"},
    "problem.column": {"da": "kolonne »{column}«", "en": "column “{column}”"},
    "problem.file_missing": {
        "da": "Filen findes ikke: {path}",
        "en": "The file does not exist: {path}",
    },
    "problem.file_unreadable": {
        "da": "Filen kan ikke læses: {path} ({detail})",
        "en": "The file cannot be read: {path} ({detail})",
    },
    "problem.file_empty": {
        "da": "Filen er tom.",
        "en": "The file is empty.",
    },
    "problem.csv_unreadable": {
        "da": "Filen kan ikke læses som CSV: {detail}",
        "en": "The file cannot be read as CSV: {detail}",
    },
    "problem.wrong_field_count": {
        "da": "Rækken har {found} felter, men overskriften har {expected}. "
        "Tjek kommaer og anførselstegn.",
        "en": "The row has {found} fields, but the header has {expected}. Check commas and quotes.",
    },
    "problem.missing_column": {
        "da": "Kolonnen »{column}« mangler.",
        "en": "The column “{column}” is missing.",
    },
    "problem.unknown_column": {
        "da": "Ukendt kolonne »{column}«. Tilladte kolonner: {allowed}.",
        "en": "Unknown column “{column}”. Allowed columns: {allowed}.",
    },
    "problem.blank": {
        "da": "Feltet er tomt.",
        "en": "The field is empty.",
    },
    "problem.duplicate_id": {
        "da": "Id'et »{value}« findes flere gange.",
        "en": "The id “{value}” occurs more than once.",
    },
    "problem.no_rows": {
        "da": "Filen har en overskrift, men ingen rækker med spørgsmål.",
        "en": "The file has a header but no rows of questions.",
    },
    "problem.answer_missing": {
        "da": "Spørgsmålet har intet svar (tilladt, men bemærk det).",
        "en": "The question has no answer (allowed, but note it).",
    },
    "problem.metadata_missing": {
        "da": "Metadatafilen findes ikke: {path}",
        "en": "The metadata file does not exist: {path}",
    },
    "problem.metadata_unreadable": {
        "da": "Metadatafilen kan ikke læses som TOML: {detail}",
        "en": "The metadata file cannot be read as TOML: {detail}",
    },
    "problem.metadata_too_large": {
        "da": "Metadatafilen fylder {size} KB, men højst {max} KB er tilladt.",
        "en": "The metadata file is {size} KB, but at most {max} KB is allowed.",
    },
    "problem.metadata_too_deep": {
        "da": "Metadatafilen har tabeller og lister i mere end {max} lag inden i hinanden; så "
        "dybt går ingen metadata.",
        "en": "The metadata file nests tables and lists more than {max} levels deep; no "
        "metadata goes that deep.",
    },
    "problem.metadata_key_too_long": {
        "da": "Metadatafilen har et navn med punktummer i mere end {max} dele (a.b.c …); så "
        "mange dele har ingen metadata.",
        "en": "The metadata file has a dotted name of more than {max} parts (a.b.c …); no "
        "metadata has that many.",
    },
    "problem.metadata_text_too_long": {
        "da": "Metadata: feltet »{field}« er længere end {max} tegn.",
        "en": "Metadata: the field “{field}” is longer than {max} characters.",
    },
    "problem.metadata_count": {
        "da": "Metadata: »{field}« skal være et helt tal fra 1 til {max}, ikke {value}.",
        "en": "Metadata: “{field}” must be a whole number from 1 to {max}, not {value}.",
    },
    "problem.metadata_too_many": {
        "da": "Metadata: »{field}« har {count} elementer, men højst {max} er tilladt.",
        "en": "Metadata: “{field}” has {count} items, but at most {max} are allowed.",
    },
    "problem.metadata_method_parts": {
        "da": "Metadata: metoden skal beskrive hvad, hvordan og hvorfor; mangler: {field}.",
        "en": "Metadata: the method must say what, how and why; missing: {field}.",
    },
    "problem.metadata_blank": {
        "da": "Metadata: feltet »{field}« er tomt.",
        "en": "Metadata: the field “{field}” is empty.",
    },
    "problem.metadata_duplicate_group": {
        "da": "Metadata: gruppen »{value}« er beskrevet flere gange.",
        "en": "Metadata: the group “{value}” is described more than once.",
    },
    "problem.metadata_unknown_key": {
        "da": "Metadata: feltet »{field}« kendes ikke og bruges ikke (stavefejl?).",
        "en": "Metadata: the field “{field}” is not known and is not used (a typo?).",
    },
    "problem.metadata_group_not_in_data": {
        "da": "Metadata beskriver gruppen »{value}«, som ikke findes i tabellen; den vises ikke.",
        "en": "The metadata describes the group “{value}”, which the table does not have; it "
        "is not shown.",
    },
    "problem.metadata_theme_not_in_data": {
        "da": "En refleksion i metadata handler om temaet »{value}«, som ikke findes i "
        "tabellen; dens belæg vil vise 0.",
        "en": "A reflection in the metadata is about the theme “{value}”, which the table does "
        "not have; its evidence will show 0.",
    },
    "problem.metadata_str": {
        "da": "Metadata: feltet »{field}« mangler eller er ikke tekst.",
        "en": "Metadata: the field “{field}” is missing or not text.",
    },
    "problem.metadata_int": {
        "da": "Metadata: feltet »{field}« mangler eller er ikke et heltal.",
        "en": "Metadata: the field “{field}” is missing or not a whole number.",
    },
    "problem.metadata_list": {
        "da": "Metadata: listen »{field}« mangler.",
        "en": "Metadata: the list “{field}” is missing.",
    },
    "problem.metadata_dict": {
        "da": "Metadata: tabellen »{field}« mangler.",
        "en": "Metadata: the table “{field}” is missing.",
    },
    "problem.metadata_word": {
        "da": "Metadata: »{field}« skal være enkelte ord; »{value}« er ikke ét ord.",
        "en": "Metadata: “{field}” must be single words; “{value}” is not one word.",
    },
    "problem.metadata_origin": {
        "da": "Metadata: »origin« skal være »report« eller »file«, ikke »{value}«.",
        "en": "Metadata: “origin” must be “report” or “file”, not “{value}”.",
    },
    "problem.group_not_in_metadata": {
        "da": "Gruppen »{value}« er ikke beskrevet i metadatafilen.",
        "en": "The group “{value}” is not described in the metadata file.",
    },
}
