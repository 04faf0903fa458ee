# presskz serve: the HTTP service, CPU only (not built in CI).
#   docker build -t presskz .
#   docker run --rm -p 8000:8000 presskz                       # default pipeline, 2 workers
#   docker run --rm -p 8000:8000 presskz presskz serve --host 0.0.0.0 --pipeline fast --workers 4
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

# pinned first, from the CPU wheel index: an unpinned torch would pull a multi-GB CUDA build
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

WORKDIR /app
# only what the package needs (the NER model files ship inside src/presskz/models)
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install ".[serve]" && useradd --create-home --uid 1000 presskz

USER presskz
EXPOSE 8000
# SIGTERM (docker stop) finishes the requests under way, then exits
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"
CMD ["presskz", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
