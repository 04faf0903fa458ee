"""The web stack of `presskz serve` (the `serve` extra: Starlette and uvicorn's anyio), imported
through presskz.core.extras.require so that a missing package names the extra that installs it."""
from __future__ import annotations

from presskz.core.extras import require

anyio = require("anyio", "serve")
_applications = require("starlette.applications", "serve")
_exceptions = require("starlette.exceptions", "serve")
_requests = require("starlette.requests", "serve")
_responses = require("starlette.responses", "serve")
_routing = require("starlette.routing", "serve")

Starlette = _applications.Starlette
HTTPException = _exceptions.HTTPException
Request = _requests.Request
Response, JSONResponse, StreamingResponse = (_responses.Response, _responses.JSONResponse,
                                             _responses.StreamingResponse)
Route = _routing.Route
