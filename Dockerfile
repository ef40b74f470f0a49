# The dashboard in one container, started as the README's Quick start starts it.
#   docker build -t ledelsesstafet .
#   docker run --rm -p 8501:8501 ledelsesstafet      # then open http://localhost:8501
# The container listens on all its interfaces (the app alone listens on localhost): run it
# behind a proxy with HTTPS, name the public host in .streamlit/config.toml
# (server.allowedHosts), block /_stcore/metrics, and turn sign-in on (README, Adgang).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The app runs as an ordinary user; everything it reads belongs to root and stays read-only.
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin app
WORKDIR /app

# requirements.txt ends with `-e .`: the package's metadata and source must be there first.
COPY requirements.txt pyproject.toml README.md ./
COPY src/ src/
RUN pip install -r requirements.txt

COPY .streamlit/ .streamlit/
COPY app.py ./
COPY pages/ pages/
COPY data/ data/
# The app's own state (the default SQLite database) lives in var/, the one folder it may write;
# mount a volume there to keep it, or set DASHBOARD_DATABASE_URL to a PostgreSQL.
RUN mkdir var && chown app:app var

USER app
EXPOSE 8501
# The slim image has no curl: Python asks Streamlit's own health endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() != b'ok')"]
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.headless=true"]
