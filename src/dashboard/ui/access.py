"""The gate every page passes: who is looking, and whether they may change anything.

Without an `[auth]` section in the secrets the app is open to whoever reaches it – by default
this computer only (`server.address` is localhost in .streamlit/config.toml) – and everyone may
edit. With one, every page needs Streamlit's own sign-in (`st.login()`, OpenID Connect) first,
and the `[access]` section decides each person's role (`dashboard.access`). The role is checked
again on every write (`ui.meetings`), not only by disabling the controls.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import streamlit as st

from dashboard.access import AccessConfigError, Role, access_rules, may_edit
from dashboard.i18n import Language, text
from dashboard.markup import escape_markdown

LOCAL_ADDRESSES = frozenset({"localhost", "127.0.0.1", "::1"})
ROLE_LABELS: dict[Role, str] = {"reader": "access.role.reader", "editor": "access.role.editor"}


@dataclass(frozen=True)
class Viewer:
    """The person looking at the app: open access, or signed in with a name and a role."""

    mode: Literal["open", "signed_in"]
    role: Role
    name: str = ""
    email: str = ""

    @property
    def may_edit(self) -> bool:
        return may_edit(self.role)


def _secrets_section(name: str) -> Mapping[str, object] | None:
    """A section of the app's secrets, or None when it or the secrets file is missing."""
    try:
        section = st.secrets.get(name)
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return None
    return section if isinstance(section, Mapping) else None


def sign_in_configured() -> bool:
    return _secrets_section("auth") is not None


def current_viewer(lang: Language) -> Viewer:
    """Who is looking; stops the page with the sign-in or a refusal when they may not see it."""
    if not sign_in_configured():
        return Viewer("open", "editor")
    try:
        rules = access_rules(_secrets_section("access"))
    except AccessConfigError as error:
        st.error(text("access.config_error", lang, detail=error.message(lang)))
        st.stop()
    if not st.user.is_logged_in:
        st.title(text("access.sign_in.title", lang))
        st.markdown(text("access.sign_in.intro", lang))
        st.button(
            text("access.sign_in.button", lang),
            on_click=st.login,
            type="primary",
            icon=":material/login:",
        )
        st.stop()
    email = str(st.user.get("email") or "")
    role = rules.role_of(email)
    if role is None:
        st.title(text("access.refused.title", lang))
        st.markdown(text("access.refused.text", lang, email=escape_markdown(email)))
        st.button(text("access.sign_out", lang), on_click=st.logout, icon=":material/logout:")
        st.stop()
    return Viewer("signed_in", role, name=str(st.user.get("name") or email), email=email)


def show_access(viewer: Viewer, lang: Language) -> None:
    """The access mode in a word, at the top of the sidebar, and the way out."""
    if viewer.mode == "open":
        local = str(st.get_option("server.address") or "localhost") in LOCAL_ADDRESSES
        st.sidebar.caption(text("access.mode.local" if local else "access.mode.network", lang))
        return
    role = text(ROLE_LABELS[viewer.role], lang)
    st.sidebar.caption(
        text("access.mode.signed_in", lang, name=escape_markdown(viewer.name), role=role)
    )
    st.sidebar.button(text("access.sign_out", lang), on_click=st.logout, icon=":material/logout:")
    if not viewer.may_edit:
        st.sidebar.caption(text("access.read_only", lang))
