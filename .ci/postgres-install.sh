#!/bin/sh
# Installs the PostgreSQL server binaries the test fixture (tests/postgres_server.py) starts on
# loopback. Debian's packages; no cluster is created or started here (the fixture runs its own
# initdb + pg_ctl in a temp dir, as the 'postgres' user when we are root).
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgres-install: already installed: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# postgresql pulls postgresql-<version> (initdb, pg_ctl, postgres) and creates the 'postgres' user
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
ls -d /usr/lib/postgresql/*/bin
