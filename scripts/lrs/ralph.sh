# Sourced by .ci/run (and usable by hand: `source scripts/lrs/ralph.sh && ralph_start`).
# Starts Ralph, an open-source LRS, for the LRS end-to-end tests:
#   - installs ralph-malph[cli,lrs]==5.1.0 and requests from PyPI in a virtual
#     environment (.build/ralph-venv unless SIGNAAL_RALPH_VENV says otherwise),
#     with scripts/lrs/ralph_fs_fix.py for two bugs of its file backend;
#   - creates a user with `ralph auth … -w` in a private RALPH_APP_DIR;
#   - starts `ralph runserver -b fs` on 127.0.0.1 (port 8100, or the next free
#     one) in its own process group, waits until it answers, and stops that
#     group, and nothing else, when the calling shell exits;
#   - exports SIGNAAL_TEST_LRS_URL, _USER and _PASSWORD for the tests, and
#     SIGNAAL_TEST_RALPH for the test that stops and restarts an LRS of its own.

ralph_start() {
  local root venv site port app user password
  root="$(pwd)"
  venv="${SIGNAAL_RALPH_VENV:-$root/.build/ralph-venv}"
  if [ ! -x "$venv/bin/ralph" ]; then
    echo "LRS: installing Ralph 5.1.0 in $venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      # Debian's python3 needs python3-venv for ensurepip.
      rm -rf "$venv"
      apt-get install -y -qq --no-install-recommends python3-venv
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check 'ralph-malph[cli,lrs]==5.1.0' requests
  fi
  site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  cp scripts/lrs/ralph_fs_fix.py scripts/lrs/ralph_fs_fix.pth "$site/"

  port=8100
  while ! "$venv/bin/python" -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; do
    port=$((port + 1))
    [ "$port" -gt 8120 ] && { echo "LRS: no free port in 8100-8120" >&2; return 1; }
  done

  app="$(mktemp -d "${TMPDIR:-/tmp}/signaal-ralph.XXXXXX")"
  user="signaal-ci"
  password="$("$venv/bin/python" -c 'import secrets; print(secrets.token_hex(16))')"
  RALPH_APP_DIR="$app" RALPH_RUNSERVER_BACKEND=fs "$venv/bin/ralph" auth \
    -u "$user" -p "$password" -s all -A "$user" "http://127.0.0.1:$port" -w >"$app/auth.log" 2>&1

  # Its own process group (setsid), so that stopping it also stops the
  # server process its reloader started; the file backend writes to the
  # current folder, so it runs in the private folder.
  (cd "$app" && RALPH_APP_DIR="$app" exec setsid "$venv/bin/ralph" runserver -b fs --host 127.0.0.1 --port "$port" >"$app/server.log" 2>&1) &
  RALPH_PID=$!
  RALPH_APP="$app"
  trap ralph_stop EXIT

  export SIGNAAL_TEST_LRS_URL="http://127.0.0.1:$port/xAPI/"
  export SIGNAAL_TEST_LRS_USER="$user"
  export SIGNAAL_TEST_LRS_PASSWORD="$password"
  export SIGNAAL_TEST_RALPH="$venv/bin/ralph"
  local tries=0
  until "$venv/bin/python" - "$port" "$user" "$password" <<'PY' 2>/dev/null
import base64, sys, urllib.request
port, user, password = sys.argv[1:4]
request = urllib.request.Request(f"http://127.0.0.1:{port}/xAPI/statements?limit=1")
request.add_header("X-Experience-API-Version", "1.0.3")
request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
urllib.request.urlopen(request, timeout=2).read()
PY
  do
    tries=$((tries + 1))
    if [ "$tries" -ge 120 ] || ! kill -0 "$RALPH_PID" 2>/dev/null; then
      echo "LRS: Ralph did not answer on port $port; its log:" >&2
      cat "$app/server.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "LRS: Ralph answers at $SIGNAAL_TEST_LRS_URL (pid $RALPH_PID)"
}

ralph_stop() {
  if [ -n "${RALPH_PID:-}" ]; then
    kill -TERM -- "-$RALPH_PID" 2>/dev/null || kill -TERM "$RALPH_PID" 2>/dev/null || true
    wait "$RALPH_PID" 2>/dev/null || true
    RALPH_PID=""
    rm -rf "${RALPH_APP:-}"
  fi
}
