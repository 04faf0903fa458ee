"""The `presskz serve` command: run the HTTP service (presskz.serve.app) under uvicorn.

Only click is imported here, so that `presskz --help` works without the `serve` extra; uvicorn
and Starlette are imported when the command runs.
"""
from __future__ import annotations

import click

from presskz.io.files import DEFAULT_MAX_BYTES


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes, each with its own copy of the pipeline.")
@click.option("--pipeline", "pipeline_name", default="default", show_default=True,
              help="Pipeline name (default, fast) or path to a YAML spec.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest /extract request body.")
@click.option("--max-batch-bytes", type=click.IntRange(1), default=8 * DEFAULT_MAX_BYTES,
              show_default=True, help="Largest /extract/batch request body.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True,
              help="Seconds to receive a body and to extract a request (or a batch chunk).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(host, port, workers, pipeline_name, max_bytes, max_batch_bytes, timeout, log_level):
    """Serve extraction over HTTP: POST /extract, POST /extract/batch, GET /health, GET /schema.

    The pipeline is loaded once per worker process before the service accepts requests; each
    request goes to the next free worker. SIGINT or SIGTERM stop
    it gracefully: requests under way are finished first.

    \b
    Example:
      presskz serve --port 8000 --workers 2
      curl -s localhost:8000/extract -d '{"text": "...", "reference_date": "2016-11-03"}'
    """
    import os
    import signal
    import sys

    from presskz.core.extras import require
    from presskz.core.pipeline import PipelineError, read_spec
    uvicorn = require("uvicorn", "serve")
    require("starlette", "serve")
    from presskz.serve.app import SETTINGS_ENV, Settings
    try:
        read_spec(pipeline_name)  # a wrong name is a usage error now, not in every worker
    except (PipelineError, FileNotFoundError) as exc:
        raise click.BadParameter(str(exc).splitlines()[0], param_hint="--pipeline") from None
    settings = Settings(pipeline=pipeline_name, max_bytes=max_bytes,
                        max_batch_bytes=max_batch_bytes, timeout=timeout, workers=workers)
    os.environ[SETTINGS_ENV] = settings.to_env()
    # uvicorn stops gracefully on SIGTERM, then raises it again under the handler it found:
    # a stop asked for (docker stop) is a clean exit, status 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # one HTTP process; the workers are its pipeline processes (presskz.serve.engine says why)
    uvicorn.run("presskz.serve.app:app_from_env", factory=True, host=host, port=port,
                log_level=log_level, timeout_graceful_shutdown=int(timeout) + 5,
                timeout_keep_alive=5, access_log=log_level == "debug")
