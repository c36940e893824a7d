#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the Flatpak manifest beyond its syntax: every source is pinned,
# and libetpan is built with SASL from an upstream commit that has the
# security fixes, not from the plain 1.9.4 tarball (which has neither the
# STARTTLS fixes of CVE-2020-15953 nor the fix of CVE-2022-4121).
#
# flatpak-builder reads manifests with json-glib, which allows /* */
# comments; they are removed here before Python's json module reads it.
#
# Usage: check-flatpak-manifest.py MANIFEST

import json
import re
import sys

# Commits of github.com/dinhvh/libetpan. A commit that descends from all
# of them has the fixes; the manifest names one of these or a later one
# listed here once it has been checked.
LIBETPAN_FIXES = {
    "1002a0121a8f5a9aee25357769807f2c519fa50b": "CVE-2020-15953, IMAP STARTTLS",
    "298460a2adaabd2f28f417a0f106cb3b68d27df9": "CVE-2020-15953, SMTP and POP3 STARTTLS",
    "5c9eb6b6ba64c4eb927d7a902317410181aacbba": "CVE-2022-4121",
}
# Commits known to contain every fix above.
LIBETPAN_GOOD_COMMITS = {
    "5c9eb6b6ba64c4eb927d7a902317410181aacbba",
}

problems = []


def problem(text):
    problems.append(text)


def strip_comments(text):
    """Removes /* */ comments outside strings."""
    out = []
    i = 0
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ValueError("unterminated comment")
            i = end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def walk_modules(modules):
    for module in modules:
        if isinstance(module, dict):
            yield module
            yield from walk_modules(module.get("modules", []))


def check_pinned(module):
    for source in module.get("sources", []):
        kind = source.get("type")
        if kind in ("archive", "file") and "url" in source and not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
            problem(f"{module['name']}: {source['url']} has no sha256")
        if kind == "git" and not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
            problem(f"{module['name']}: git source {source.get('url')} is not pinned to a commit")


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        manifest = json.loads(strip_comments(f.read()))

    modules = list(walk_modules(manifest.get("modules", [])))
    names = [m.get("name") for m in modules]
    for module in modules:
        check_pinned(module)

    if "libetpan" not in names:
        problem("no libetpan module")
        return
    libetpan = modules[names.index("libetpan")]
    opts = libetpan.get("config-opts", [])

    if "--without-sasl" in opts or not any(o == "--with-sasl" or o.startswith("--with-sasl=") for o in opts):
        problem("libetpan: build it --with-sasl (SMTP sign-in needs SASL)")
    # libetpan's configure quietly drops SASL when it finds no library.
    if not any("USE_SASL" in command for command in libetpan.get("post-install", [])):
        problem("libetpan: no post-install check that SASL was found (USE_SASL in config.h)")
    if "cyrus-sasl" not in names or names.index("cyrus-sasl") > names.index("libetpan"):
        problem("libetpan: cyrus-sasl must be built before it")

    sources = libetpan.get("sources", [])
    for source in sources:
        url = source.get("url", "")
        if source.get("type") != "git":
            problem(f"libetpan: {source.get('type')} source {url}: build it from an upstream commit")
        if "1.9.4" in url:
            problem(f"libetpan: {url} is the 1.9.4 release without the security fixes")
    git = [s for s in sources if s.get("type") == "git"]
    if len(git) != 1:
        problem("libetpan: expected one git source")
    else:
        if not re.search(r"github\.com/(dinhvh|dinhviethoa)/libetpan", git[0].get("url", "")):
            problem(f"libetpan: {git[0].get('url')} is not the upstream repository")
        commit = git[0].get("commit", "")
        if commit not in LIBETPAN_GOOD_COMMITS:
            problem(f"libetpan: commit {commit or '(none)'} is not one known to have the fixes of "
                    + ", ".join(sorted(set(LIBETPAN_FIXES.values())))
                    + "; check it and add it to LIBETPAN_GOOD_COMMITS")


if __name__ == "__main__":
    main()
    for text in problems:
        print(f"{sys.argv[1]}: {text}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print("ok")
