"""The Streamlit layer: caching, the shared frame, shared widgets and URL state."""
