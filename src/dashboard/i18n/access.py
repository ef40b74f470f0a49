"""Who may see and change what: sign-in, roles and the access mode."""

TEXTS = {
    "access.error.entry": {
        "da": "Adgang: »{value}« i {field} er hverken en e-mailadresse eller et domæne "
        "(skriv fx anna@eksempel.dk eller @eksempel.dk).",
        "en": "Access: “{value}” in {field} is neither an e-mail address nor a domain "
        "(write e.g. anna@example.dk or @example.dk).",
    },
    "access.error.list": {
        "da": "Adgang: {field} skal være en liste af adresser og domæner.",
        "en": "Access: {field} must be a list of addresses and domains.",
    },
    "access.error.unknown": {
        "da": "Adgang: »{field}« kendes ikke; brug readers og editors.",
        "en": "Access: “{field}” is not known; use readers and editors.",
    },
    "access.mode.local": {
        "da": "Uden login: appen kan kun åbnes fra denne computer.",
        "en": "No sign-in: the app opens on this computer only.",
    },
    "access.mode.network": {
        "da": "Uden login: alle, der kan nå serveren, kan se og ændre alt. Slå login til (se "
        "README, Adgang).",
        "en": "No sign-in: anyone who can reach the server can see and change everything. Turn "
        "sign-in on (see README, Adgang).",
    },
    "access.mode.signed_in": {
        "da": "Logget ind som {name} ({role})",
        "en": "Signed in as {name} ({role})",
    },
    "access.role.reader": {"da": "læser", "en": "reader"},
    "access.role.editor": {"da": "redaktør", "en": "editor"},
    "access.sign_in.title": {"da": "Log ind", "en": "Sign in"},
    "access.sign_in.intro": {
        "da": "Ledelsesstafetten rummer kommissionens egne møder og noter. Log ind med din "
        "arbejdskonto for at se den.",
        "en": "The leadership relay holds the commission's own meetings and notes. Sign in with "
        "your work account to see it.",
    },
    "access.sign_in.button": {"da": "Log ind", "en": "Sign in"},
    "access.sign_out": {"da": "Log ud", "en": "Sign out"},
    "access.refused.title": {"da": "Ingen adgang", "en": "No access"},
    "access.refused.text": {
        "da": "Du er logget ind som {email}, men den adresse har ikke adgang til dashboardet. "
        "Kontakt sekretariatet, hvis du skal have adgang.",
        "en": "You are signed in as {email}, but that address has no access to the dashboard. "
        "Contact the secretariat if you need access.",
    },
    "access.read_only": {
        "da": "Du kan læse, filtrere, præsentere og eksportere. Kun redaktører kan ændre møder, "
        "noter og mærker.",
        "en": "You can read, filter, present and export. Only editors can change meetings, "
        "notes and tags.",
    },
    "access.write_refused": {
        "da": "Ikke ændret: kun redaktører kan ændre møder, noter og mærker.",
        "en": "Not changed: only editors can change meetings, notes and tags.",
    },
    "access.config_error": {
        "da": "Adgangsopsætningen i secrets kan ikke bruges, så intet vises: {detail}",
        "en": "The access settings in the secrets cannot be used, so nothing is shown: {detail}",
    },
}
