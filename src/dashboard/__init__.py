"""Dashboard over Ledelseskommissionens digitale stafet blandt offentlige ledere."""
