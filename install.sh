#!/usr/bin/env bash
# docklab's installer for Debian and Ubuntu: Java, the Docker engine, docklab itself, the lessons'
# images and the local registry. Idempotent: a second run changes nothing and takes seconds.
# Run as root, or as a user with sudo. One line per stage; a failed stage says why and stops.
#
#   ./install.sh              what a learner, teacher or author needs
#   ./install.sh --for-tests  that, and what only the project's own tests use: Chromium and its
#                             WebDriver (the class dashboard's browser test), PostgreSQL's server
#                             binaries (the class server's tests on PostgreSQL; no cluster started)
set -euo pipefail

for_tests=no
for arg in "$@"; do
  case $arg in
    --for-tests) for_tests=yes ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "install: unknown option $arg (known: --for-tests, --help)" >&2
      exit 2
      ;;
  esac
done

cd "$(dirname "$(readlink -f "$0")")"
repo=$(pwd)
started=$(date +%s)

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install: not root and no sudo: run this script as root" >&2
  exit 1
fi

stage() { printf '%-10s %s\n' "$1" "$2"; }
fail() {
  printf '%-10s FAILED: %s\n' "$1" "$2" >&2
  exit 1
}

apt_updated=no
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || fail packages "apt-get not found: install ${missing[*]} by hand"
  if [ $apt_updated = no ]; then
    "${sudo[@]}" apt-get update -qq >/tmp/docklab-apt.log 2>&1 ||
      fail packages "apt-get update failed, see /tmp/docklab-apt.log"
    apt_updated=yes
  fi
  stage packages "installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >>/tmp/docklab-apt.log 2>&1 ||
    fail packages "apt-get install ${missing[*]} failed, see /tmp/docklab-apt.log"
}

# --- Java 17+ and Maven -------------------------------------------------------------------------
java_feature() { java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_feature)" -lt 17 ] 2>/dev/null; then
  apt_install openjdk-17-jdk-headless
fi
command -v mvn >/dev/null 2>&1 || apt_install maven
[ "$(java_feature)" -ge 17 ] || fail java "java $(java_feature) on PATH is older than 17"
stage java "Java $(java_feature) ($(readlink -f "$(command -v java)")), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"

# --- OS packages: the engine, the registry, debootstrap, htpasswd --------------------------------
apt_install docker.io docker-registry docker-compose debootstrap apache2-utils ca-certificates curl tmux time openssh-client openssh-server openssl
stage packages "docker.io, docker-registry, docker-compose, debootstrap, apache2-utils, tmux, time, openssh, openssl present"

# --- Test tools (--for-tests): a learner's install stays without them --------------------------
if [ $for_tests = yes ]; then
  apt_install chromium chromium-driver fonts-ipafont-gothic postgresql
  # Debian's package makes and starts a cluster on port 5432; the tests start their own server.
  if command -v pg_lsclusters >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | grep -q online; then
    "${sudo[@]}" pg_ctlcluster --force "$(pg_lsclusters -h | awk '/online/ {print $1; exit}')" \
      "$(pg_lsclusters -h | awk '/online/ {print $2; exit}')" stop >/dev/null 2>&1 || true
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  stage testtools "$(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2), PostgreSQL $("$pg_bin/postgres" --version 2>/dev/null | awk '{print $3}') ($pg_bin)"
fi

# --- Docker engine ------------------------------------------------------------------------------
dockerd_log=/var/log/docklab-dockerd.log
engine_ok() { "${sudo[@]}" docker info >/dev/null 2>&1; }
start_engine() {
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    "${sudo[@]}" systemctl start docker || fail engine "systemctl start docker failed (journalctl -u docker)"
    echo "systemd"
    return
  fi
  # A daemon that was killed leaves its pid file behind, and the next dockerd refuses to start.
  if [ -f /var/run/docker.pid ] && ! pgrep -x dockerd >/dev/null 2>&1; then
    "${sudo[@]}" rm -f /var/run/docker.pid
  fi
  if [ -f /run/containerd/containerd.pid ] && ! pgrep -x containerd >/dev/null 2>&1; then
    "${sudo[@]}" rm -f /run/containerd/containerd.pid
  fi
  "${sudo[@]}" sh -c "setsid dockerd >>$dockerd_log 2>&1 </dev/null &"
  echo "background, log $dockerd_log, pid file /var/run/docker.pid"
}
if engine_ok; then
  how="already running"
else
  how=$(start_engine)
  for _ in $(seq 1 60); do
    engine_ok && break
    sleep 0.5
  done
  engine_ok || fail engine "dockerd did not answer within 30 s; see $dockerd_log"
fi
stage engine "Docker $("${sudo[@]}" docker version -f '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null), $how"
if [ "$(id -u)" -ne 0 ] && ! docker info >/dev/null 2>&1; then
  "${sudo[@]}" usermod -aG docker "$(id -un)"
  stage engine "added $(id -un) to the docker group: log out and in (or run 'newgrp docker') before using docklab"
fi
# Debian's docker-registry package starts an open registry on :5000 under systemd; docklab runs its
# own, with a learner account, on 127.0.0.1:5000.
if [ -d /run/systemd/system ] && systemctl is-enabled docker-registry >/dev/null 2>&1; then
  "${sudo[@]}" systemctl disable --now docker-registry >/dev/null 2>&1 || true
  stage registry "disabled the package's own docker-registry service (docklab starts its own)"
fi

# --- Compose: `docker compose` runs Debian's docker-compose (Compose 1.29) ------------------------
# Debian packages Compose 1.29 (docker-compose), not the Compose v2 CLI plugin that `docker compose`
# needs. A tiny plugin shim makes `docker compose …` run docker-compose. A real Compose v2 plugin,
# where there is one, is left alone; the shim is rewritten only when it differs.
plugins=/usr/local/lib/docker/cli-plugins
shim='#!/bin/sh
# docklab: `docker compose` runs Debian'"'"'s docker-compose (Compose 1.29) where the Compose v2 plugin is absent.
if [ "$1" = docker-cli-plugin-metadata ]; then
  printf '"'"'%s\n'"'"' '"'"'{"SchemaVersion":"0.1.0","Vendor":"docklab","Version":"1.29.2","ShortDescription":"Docker Compose (Debian docker-compose 1.29)"}'"'"'
  exit 0
fi
[ "$1" = compose ] && shift
exec /usr/bin/docker-compose "$@"'
compose_version=$(docker-compose version --short 2>/dev/null) || fail compose "docker-compose does not run (apt-get install docker-compose)"
real_plugin=""
for dir in $plugins /usr/local/libexec/docker/cli-plugins /usr/libexec/docker/cli-plugins /usr/lib/docker/cli-plugins; do
  if [ -x "$dir/docker-compose" ] && ! grep -q '^# docklab:' "$dir/docker-compose" 2>/dev/null; then
    real_plugin="$dir/docker-compose"
    break
  fi
done
if [ -n "$real_plugin" ]; then
  stage compose "docker compose is the Compose plugin $real_plugin: left as it is (docker-compose $compose_version also present)"
elif [ "$(cat $plugins/docker-compose 2>/dev/null)" = "$shim" ]; then
  stage compose "docker compose runs docker-compose $compose_version (shim $plugins/docker-compose already in place)"
else
  "${sudo[@]}" mkdir -p $plugins &&
    printf '%s\n' "$shim" | "${sudo[@]}" tee $plugins/docker-compose >/dev/null &&
    "${sudo[@]}" chmod 755 $plugins/docker-compose ||
    fail compose "cannot write $plugins/docker-compose"
  stage compose "docker compose runs docker-compose $compose_version (shim written to $plugins/docker-compose)"
fi

# --- docklab itself ----------------------------------------------------------------------------
jar=target/docklab.jar
if [ ! -f $jar ] || [ -n "$(find pom.xml src lessons bin -newer $jar -print -quit 2>/dev/null)" ]; then
  stage build "building docklab (mvn -B package -DskipTests)…"
  mvn -B -q package -DskipTests >/tmp/docklab-build.log 2>&1 ||
    fail build "mvn package failed, see /tmp/docklab-build.log"
  stage build "built $repo/$jar"
else
  stage build "$repo/$jar is up to date"
fi
# The Java that runs docklab (the newest JDK 24+ here, else the one on PATH) and its start-up archive
# of the classes docklab loads before its first prompt: faster starts. Optional: docklab starts
# without the archive, so a failure here is reported and the install goes on.
stage startup "$("$repo/bin/docklab-archive")" || true
link=/usr/local/bin/docklab
if [ "$(readlink -f $link 2>/dev/null)" != "$repo/bin/docklab" ]; then
  "${sudo[@]}" ln -sf "$repo/bin/docklab" $link || fail launcher "cannot link $link"
fi
stage launcher "$link -> $repo/bin/docklab"
# Tab completion of docklab's commands, options and lesson ids in the learner's bash: where
# bash-completion loads it on the first Tab after `docklab`, else where bash reads it at start.
completions=/usr/share/bash-completion/completions
[ -d $completions ] || completions=/etc/bash_completion.d
script=$("$repo/bin/docklab" completion bash) || fail completion "docklab completion bash failed"
if [ "$(cat $completions/docklab 2>/dev/null)" != "$script" ]; then
  "${sudo[@]}" mkdir -p $completions &&
    printf '%s\n' "$script" | "${sudo[@]}" tee $completions/docklab >/dev/null ||
    fail completion "cannot write $completions/docklab"
fi
stage completion "$completions/docklab (open a new shell for Tab to complete docklab)"

# --- The lessons' images and services ------------------------------------------------------------
"$repo/bin/docklab" prepare || fail prepare "docklab prepare could not make everything present (see above)"

stage done "in $(($(date +%s) - started)) s. Open the lab with: docklab"
