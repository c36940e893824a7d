#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that every folder under src/ includes only folders below it:
#
ORDER = (
    "base < store < formats, language < translation < repeats < customers"
    " < reports < ingest < sync < providers, models < gui, cli"
)
#
# Folders named between the same two "<" form one layer and may not
# include each other. A folder may always include itself. Each channel
# folder src/core/providers/<channel>/ is its own folder in the providers
# layer: it may include itself and the layers below, never another
# channel. gui and cli may not include anything from src/core/providers/
# either: they reach channels through fd_channel_lookup() and the sync
# manager.
#
# A folder's files are everything below it: src/core/translation/engines/
# is translation, src/gui/inbox/ and the files in src/gui/ itself are gui.
# An include names the folder that holds the header (headers are included
# by bare name, or by a path below an include directory). Headers the build
# generates are not in src/ and are ignored (GENERATED below).
#
# Prints one line per include that breaks the order, as
#   src/core/store/fd-store.c:12: #include "fd-customers.h": store may not include customers
# and exits with status 1; exits 0 when there is none.
#
# Usage: check-layering.py [--root SOURCE-TREE]   (default: this checkout)

import argparse
import os
import re
import sys

# Made by meson: config.h (the top build dir), fd-resources.h and the
# gresource C file (gnome.compile_resources in src/gui), the channel and
# provider registration (src/core/providers/*.c.in).
GENERATED = {
    "config.h",
    "fd-resources.h",
    "fd-resources.c",
    "fd-channels-builtin.c",
    "fd-providers-builtin.c",
}

# Where each folder name lives, relative to src/.
FOLDERS = {
    "base": "core/base",
    "store": "core/store",
    "formats": "core/formats",
    "language": "core/language",
    "translation": "core/translation",
    "repeats": "core/repeats",
    "customers": "core/customers",
    "reports": "core/reports",
    "ingest": "core/ingest",
    "sync": "core/sync",
    "providers": "core/providers",
    "models": "core/models",
    "gui": "gui",
    "cli": "cli",
}

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*(?:"([^"]+)"|<([^>]+)>)')


def parse_order(text):
    """Returns {folder name: layer index} from ORDER."""
    layers = {}
    for index, group in enumerate(text.split("<")):
        for name in group.split(","):
            name = name.strip()
            if name in layers:
                sys.exit(f"check-layering.py: {name} is twice in ORDER")
            if name not in FOLDERS:
                sys.exit(f"check-layering.py: ORDER names {name}, which FOLDERS does not place")
            layers[name] = index
    missing = set(FOLDERS) - set(layers)
    if missing:
        sys.exit("check-layering.py: ORDER leaves out " + ", ".join(sorted(missing)))
    return layers


def unit_of(rel):
    """The folder a file (path relative to src/, with '/') belongs to:
    (layer name, unit name), where the unit is what may include itself:
    the layer name, or providers/<channel> for a channel. None when the
    file is in no folder of ORDER."""
    parts = rel.split("/")
    for name, prefix in FOLDERS.items():
        pparts = prefix.split("/")
        if parts[: len(pparts)] != pparts or len(parts) == len(pparts):
            continue
        if name == "providers" and len(parts) > len(pparts) + 1:
            return name, "providers/" + parts[len(pparts)]
        return name, name
    return None


def source_files(src):
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.endswith((".c", ".h")):
                full = os.path.join(dirpath, filename)
                yield os.path.relpath(full, src).replace(os.sep, "/")


def resolve(include, including, files, by_name):
    """The file under src/ that an include names, or None."""
    # Beside the including file first, as the compiler looks.
    here = os.path.dirname(including)
    candidate = os.path.normpath(os.path.join(here, include)).replace(os.sep, "/")
    if candidate in files:
        return candidate
    # Then below an include directory: any file whose path ends with it.
    matches = [f for f in by_name.get(os.path.basename(include), [])
               if f == include or f.endswith("/" + include)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        return sorted(matches)
    return None


def check(root):
    layers = parse_order(ORDER)
    src = os.path.join(root, "src")
    if not os.path.isdir(src):
        sys.exit(f"check-layering.py: {src} is not a folder; give the source tree with --root")

    files = set(source_files(src))
    by_name = {}
    for f in files:
        by_name.setdefault(os.path.basename(f), []).append(f)

    problems = []
    for rel in sorted(files):
        where = unit_of(rel)
        path = "src/" + rel
        if where is None:
            problems.append(f"{path}: is in no folder of the layer order; move it into one "
                            "(tests/check-layering.py lists them)")
            continue
        layer, unit = where
        with open(os.path.join(src, rel), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        for lineno, line in enumerate(lines, 1):
            m = INCLUDE_RE.match(line)
            if not m:
                continue
            include = m.group(1) or m.group(2)
            shown = f'#include "{include}"' if m.group(1) else f"#include <{include}>"
            if os.path.basename(include) in GENERATED:
                continue
            target = resolve(include, rel, files, by_name)
            if target is None:
                # <glib.h> and the like; a quoted name must be ours.
                if m.group(1):
                    problems.append(f"{path}:{lineno}: {shown}: names no header in src/; "
                                    "add it to GENERATED in tests/check-layering.py if the build makes it")
                continue
            if isinstance(target, list):
                problems.append(f"{path}:{lineno}: {shown}: more than one header has this name ("
                                + ", ".join("src/" + t for t in target) + "); rename one")
                continue
            twhere = unit_of(target)
            if twhere is None:
                continue  # reported for the file itself
            tlayer, tunit = twhere
            if tunit == unit:
                continue
            if layer in ("gui", "cli") and tlayer == "providers":
                why = f"{layer} may not include {tunit}"
            elif layers[tlayer] > layers[layer]:
                why = f"{unit} may not include {tunit}"
            elif layers[tlayer] == layers[layer]:
                why = f"{unit} may not include {tunit} (same layer)"
            else:
                continue
            problems.append(f"{path}:{lineno}: {shown}: {why}")
    return problems


def main():
    parser = argparse.ArgumentParser(description="Checks that src/ folders include only lower layers.")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        help="the source tree (holding src/); default: this checkout")
    args = parser.parse_args()
    problems = check(args.root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) against the layer order: {ORDER}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
