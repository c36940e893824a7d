#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs every Debian 12 package Frontdesk needs to build, run and test.
# Run as root or through sudo. Safe to run again.
#
#   install-deps.sh build   what build-aux/run.sh needs: build and run
#   install-deps.sh [test]  that and what the tests use (build-aux/test.sh)
#
# The test set holds the whole build set, so on a fresh machine either
# script may come first.
set -eu

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E sh "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive

# Everything `meson setup` and `meson compile` need, tests or not: the
# libraries, and the programs meson looks for while it configures:
# glib-compile-schemas and glib-compile-resources (libglib2.0-bin,
# libglib2.0-dev-bin), update-desktop-database (desktop-file-utils) and
# gtk-update-icon-cache for gnome.post_install, msgfmt and xgettext
# (gettext), itstool for the user guide.
BUILD="meson ninja-build pkg-config gcc libc6-dev gettext itstool
       desktop-file-utils gtk-update-icon-cache
       libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsoup-3.0-dev
       libjson-glib-dev libsqlite3-dev libsecret-1-dev libgmime-3.0-dev libetpan-dev libzstd-dev
       libgoa-1.0-dev libexttextcat-dev libxml2-dev libportal-gtk4-dev"
# Offline translation: Apertium with a few pairs, kept running through APy
# (cg3 provides cg-proc, which apertium-spa-cat needs but does not pull in).
# librsvg2-common lets GTK load SVG icons (the app's own and the channel
# symbols); GTK only recommends it, and recommends are not installed here.
# tzdata: business hours are kept in a time zone named by IANA name.
RUN="gnome-keyring dbus dbus-x11 libexttextcat-data librsvg2-common tzdata
     apertium apertium-apy apertium-eng-spa apertium-spa-cat apertium-fr-es cg3"
# libxtst6: the window test presses keys through the X server (XTest).
TEST="appstream yelp-tools xvfb xauth imagemagick valgrind libxtst6
      notmuch isync sqlite3 clang-14 libclang-rt-14-dev
      flatpak-builder json-glib-tools
      dovecot-imapd dovecot-lmtpd dovecot-submissiond python3-aiosmtpd openssl
      locales python3
      postgresql redis-server g++ make"

# The Bluesky tests run a real network (tests/bluesky-network.js):
# @atproto/dev-env from the npm registry on Node.js, with PostgreSQL and
# Redis (above); g++ and make build its SQLite module. A Node.js that is
# already there (20 is known to work) is used as it is; else Debian's,
# with the headers the module's build needs offline.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  TEST="$TEST nodejs npm libnode-dev"
fi

case "${1:-all}" in
  build) PKGS="$BUILD $RUN" ;;
  all|test) PKGS="$BUILD $RUN $TEST" ;;
  *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac

missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  # Packages like Dovecot must not start system-wide services: the tests
  # run their own instances on loopback. policy-rc.d says so for this run.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# The translation test shows the window in Spanish; gettext ignores
# LANGUAGE in the C locale, so a real locale must exist.
if [ "${1:-all}" != build ] && ! locale -a 2>/dev/null | grep -qi '^es_ES\.utf-\?8$'; then
  localedef -i es_ES -c -f UTF-8 es_ES.UTF-8 || locale -a | grep -qi '^es_ES\.utf-\?8$'
fi

# @atproto/dev-env for the Bluesky tests, in a folder of its own (the
# tests find it there, or where FRONTDESK_ATPROTO_DIR says). Installed
# once; a second run only checks that it loads.
ATPROTO_DIR=${FRONTDESK_ATPROTO_DIR:-/opt/frontdesk-test/atproto}
ATPROTO_VERSION=0.3.215
if [ "${1:-all}" != build ] &&
   ! (cd "$ATPROTO_DIR" 2>/dev/null &&
      node -e "if (require('@atproto/dev-env/package.json').version !== '$ATPROTO_VERSION') process.exit(1);
               require('better-sqlite3')" 2>/dev/null); then
  echo "Installing @atproto/dev-env $ATPROTO_VERSION in $ATPROTO_DIR"
  mkdir -p "$ATPROTO_DIR"
  (cd "$ATPROTO_DIR" &&
   npm install --no-audit --no-fund --save-exact --loglevel=error "@atproto/dev-env@$ATPROTO_VERSION")
  (cd "$ATPROTO_DIR" && node -e "require('@atproto/dev-env'); require('better-sqlite3')")
fi
