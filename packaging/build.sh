#!/usr/bin/env bash
# Build the one-folder app into dist/casebinder/ (Linux, macOS), then report its size and what takes the room.
#
#   packaging/build.sh            # uses Python 3.12+ when this machine has it (pyenv or python3.12), else python3
#   PYTHON=/path/to/python packaging/build.sh
#
# On 3.12 and later None, True and False are immortal, so the Qt binding's reference-count bug that
# casebinder/qtcompat.py guards against cannot happen in the shipped app at all.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

pick_python() {
    if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
    for candidate in python3.12 "$HOME/.pyenv/versions/3.12.1/bin/python" python3.13 \
                     "$HOME/.pyenv/versions/3.13.0/bin/python"; do
        if command -v "$candidate" > /dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2> /dev/null; then
            echo "$candidate"; return
        fi
    done
    echo "warning: no Python 3.12+ here; building on $(python3 --version) (the 3.11 guard stays on)" >&2
    echo python3
}

PY=$(pick_python)
VENV=${VENV:-build/venv-$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')}
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    "$PY" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q "pyinstaller>=6.10"
fi
"$VENV/bin/pip" install -q --no-deps --force-reinstall . > /dev/null  # this checkout's code, every time
"$VENV/bin/pip" install -q . > /dev/null                              # and its dependencies, once
"$VENV/bin/python" tools/icons.py build/icons
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/casebinder.spec

APP=dist/casebinder
[ -x "$APP/casebinder" ] || { echo "the build made no $APP/casebinder" >&2; exit 1; }
echo "built $APP with $("$VENV/bin/python" --version) ($(du -sh "$APP" | cut -f1))"
echo "what takes the room:"
# (awk stops printing, not reading: a `head` here would end the pipe early and, with pipefail, the build)
du -sk "$APP"/_internal/* 2> /dev/null | sort -rn | awk -v app="$APP/_internal/" \
    'NR <= 8 { path = $2; sub(app, "", path); printf "  %6.1f MB  %s\n", $1 / 1024, path }'
