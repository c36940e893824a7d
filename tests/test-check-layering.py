#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layering check (tests/check-layering.py) on small made-up trees: a
# tree that keeps the order passes, and each kind of wrong include fails
# with a line naming the file, the line, the include and the rule. TAP.
#
# Usage: test-check-layering.py PATH-TO-check-layering.py

import os
import shutil
import subprocess
import sys
import tempfile

CHECKER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "check-layering.py")

# A tree in the order: each file and the headers it includes.
CLEAN = {
    "src/core/base/fd-types.h": [],
    "src/core/base/fd-channel.c": ["config.h", "fd-channel.h", "fd-types.h"],
    "src/core/base/fd-channel.h": ["fd-types.h"],
    "src/core/store/fd-store.h": ["fd-types.h"],
    "src/core/store/fd-store.c": ["config.h", "fd-store.h", "fd-channel.h"],
    "src/core/formats/fd-json.h": [],
    "src/core/formats/fd-json.c": ["config.h", "fd-json.h", "fd-store.h"],
    "src/core/language/fd-language.h": [],
    "src/core/language/fd-language.c": ["config.h", "fd-language.h", "fd-store.h"],
    "src/core/translation/fd-translator.h": ["fd-language.h"],
    "src/core/translation/engines/fd-apertium.h": ["fd-translator.h"],
    "src/core/translation/engines/fd-apertium.c": ["config.h", "fd-apertium.h", "fd-json.h"],
    "src/core/repeats/fd-repeats.h": ["fd-store.h"],
    "src/core/repeats/fd-repeats.c": ["config.h", "fd-repeats.h", "fd-translator.h"],
    "src/core/customers/fd-customers.h": ["fd-repeats.h"],
    "src/core/customers/fd-customers.c": ["config.h", "fd-customers.h"],
    "src/core/ingest/fd-importer.c": ["config.h", "fd-customers.h", "fd-json.h"],
    "src/core/ingest/fd-importer.h": [],
    "src/core/sync/fd-provider.h": ["fd-store.h"],
    "src/core/sync/fd-provider.c": ["config.h", "fd-provider.h", "fd-importer.h"],
    "src/core/providers/email/fd-email-provider.h": ["fd-provider.h"],
    "src/core/providers/email/fd-email-provider.c":
        ["config.h", "fd-email-provider.h", "fd-provider.h", "fd-json.h"],
    "src/core/providers/mastodon/fd-mastodon.h": ["fd-provider.h"],
    "src/core/providers/mastodon/fd-mastodon.c": ["config.h", "fd-mastodon.h"],
    "src/core/models/fd-inbox-model.h": ["fd-store.h"],
    "src/core/models/fd-inbox-model.c": ["config.h", "fd-inbox-model.h", "fd-provider.h"],
    "src/gui/fd-window.h": ["fd-inbox-model.h"],
    "src/gui/fd-window.c": ["config.h", "fd-window.h", "fd-resources.h", "fd-inbox-view.h"],
    "src/gui/inbox/fd-inbox-view.h": ["fd-window.h"],
    "src/gui/inbox/fd-inbox-view.c": ["config.h", "fd-inbox-view.h", "fd-channel.h"],
    "src/cli/fd-cli.c": ["config.h", "fd-provider.h", "fd-customers.h", "fd-inbox-model.h"],
}

tests = 0
failed = 0


def make_tree(extra=None, add_files=None):
    """A temporary tree: CLEAN, with includes appended to some files
    (extra: {file: [header, ...]}) and new files (add_files)."""
    root = tempfile.mkdtemp(prefix="layering-")
    spec = {path: list(includes) for path, includes in CLEAN.items()}
    for path, includes in (add_files or {}).items():
        spec[path] = list(includes)
    for path, includes in (extra or {}).items():
        spec[path] = spec[path] + list(includes)
    for path, includes in spec.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write("/* SPDX-License-Identifier: GPL-3.0-or-later */\n")
            f.write("#pragma once\n" if path.endswith(".h") else "\n")
            for include in includes:
                f.write(f'#include "{include}"\n')
            f.write("#include <glib.h>\n")
    return root


def run(root):
    p = subprocess.run([sys.executable, CHECKER, "--root", root],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode, p.stdout.splitlines(), p.stderr


def line_of(path, include, extra=None):
    """Line number of an appended include in the file written by make_tree."""
    includes = CLEAN.get(path, []) + (extra or [])
    return 3 + includes.index(include)


def check(name, ok, diag=()):
    global tests, failed
    tests += 1
    print(("ok" if ok else "not ok") + f" {tests} - {name}")
    if not ok:
        failed += 1
        for d in diag:
            print("# " + d)


def expect(name, extra=None, add_files=None, want=()):
    """Runs the checker on a tree; want is the exact list of lines it must
    print (none: it must pass)."""
    root = make_tree(extra, add_files)
    try:
        rc, out, err = run(root)
    finally:
        shutil.rmtree(root)
    want = list(want)
    good = (rc == (1 if want else 0)) and out == want
    check(name, good, [f"exit status {rc}, expected {1 if want else 0}", "printed:"] + out
          + ["expected:"] + want + ["stderr: " + err.strip()])


def violation(path, include, rule, extra_for_line=None):
    n = line_of(path, include, extra_for_line)
    return f'{path}:{n}: #include "{include}": {rule}'


print("1..12")

expect("a tree in the layer order passes (generated headers, subfolders, own folder)")

store_extra = ["fd-customers.h"]
expect("store including customers fails",
       extra={"src/core/store/fd-store.c": store_extra},
       want=[violation("src/core/store/fd-store.c", "fd-customers.h",
                       "store may not include customers", store_extra)])

rep_extra = ["fd-customers.h"]
expect("repeats including customers (the layer just above) fails",
       extra={"src/core/repeats/fd-repeats.c": rep_extra},
       want=[violation("src/core/repeats/fd-repeats.c", "fd-customers.h",
                       "repeats may not include customers", rep_extra)])

fmt_extra = ["fd-language.h"]
expect("formats including language (same layer) fails",
       extra={"src/core/formats/fd-json.c": fmt_extra},
       want=[violation("src/core/formats/fd-json.c", "fd-language.h",
                       "formats may not include language (same layer)", fmt_extra)])

prov_extra = ["fd-mastodon.h"]
expect("a provider including another provider fails",
       extra={"src/core/providers/email/fd-email-provider.c": prov_extra},
       want=[violation("src/core/providers/email/fd-email-provider.c", "fd-mastodon.h",
                       "providers/email may not include providers/mastodon (same layer)",
                       prov_extra)])

path_extra = ["providers/email/fd-email-provider.h"]
expect("sync including a provider header by its path fails",
       extra={"src/core/sync/fd-provider.c": path_extra},
       want=[violation("src/core/sync/fd-provider.c", "providers/email/fd-email-provider.h",
                       "sync may not include providers/email", path_extra)])

gui_extra = ["fd-mastodon.h", "providers/email/fd-email-provider.h"]
expect("gui including a provider header fails, by name and by path",
       extra={"src/gui/inbox/fd-inbox-view.c": gui_extra},
       want=[violation("src/gui/inbox/fd-inbox-view.c", "fd-mastodon.h",
                       "gui may not include providers/mastodon", gui_extra),
             violation("src/gui/inbox/fd-inbox-view.c", "providers/email/fd-email-provider.h",
                       "gui may not include providers/email", gui_extra)])

cli_extra = ["fd-email-provider.h"]
expect("cli including a provider header fails",
       extra={"src/cli/fd-cli.c": cli_extra},
       want=[violation("src/cli/fd-cli.c", "fd-email-provider.h",
                       "cli may not include providers/email", cli_extra)])

models_extra = ["fd-mastodon.h"]
expect("models including a provider (same layer) fails",
       extra={"src/core/models/fd-inbox-model.c": models_extra},
       want=[violation("src/core/models/fd-inbox-model.c", "fd-mastodon.h",
                       "models may not include providers/mastodon (same layer)", models_extra)])

cli_gui_extra = ["fd-window.h"]
expect("cli including gui (same layer) fails",
       extra={"src/cli/fd-cli.c": cli_gui_extra},
       want=[violation("src/cli/fd-cli.c", "fd-window.h",
                       "cli may not include gui (same layer)", cli_gui_extra)])

expect("a header named by no file in src/ fails",
       extra={"src/core/base/fd-channel.c": ["fd-nowhere.h"]},
       want=[violation("src/core/base/fd-channel.c", "fd-nowhere.h",
                       "names no header in src/; add it to GENERATED in "
                       "tests/check-layering.py if the build makes it",
                       ["fd-nowhere.h"])])

expect("a file outside the folders of the order fails",
       add_files={"src/core/fd-stray.c": ["fd-store.h"]},
       want=["src/core/fd-stray.c: is in no folder of the layer order; move it into one "
             "(tests/check-layering.py lists them)"])

sys.exit(1 if failed else 0)
