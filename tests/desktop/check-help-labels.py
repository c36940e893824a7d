#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that every label of the window the user guide names exists in the
# application: each <gui> of help/C/*.page (and each strong <em>) must be a
# translatable string of the files in po/POTFILES.in, as xgettext extracts
# them for translators (.ui files, C sources, the settings schema).
#
# A string is compared without its mnemonic underscores and a trailing
# ellipsis; a %s or %u in it stands for any text ("Write in %s, send in %s"
# is named as "Write in English, send in Spanish"), as long as most of the
# label is the string's own words.
#
# Usage: check-help-labels.py SOURCE_ROOT

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MALLARD = "{http://projectmallard.org/1.0/}"

# Labels of other programs' windows that a page names on purpose, by page.
OUTSIDE = {
    # The Mastodon server's sign-in page and settings, in the browser.
    "add-mastodon-account": {"Authorize", "Preferences", "Account", "Authorized apps"},
    # BotFather's buttons and the Telegram app's settings.
    "add-telegram-account": {"API Token", "Bot Settings", "Business Mode", "Settings",
                             "Telegram Business", "Chatbots"},
}


def normalize(text):
    text = " ".join(text.split())
    # GTK mnemonics: "_" marks the next letter, "__" is an underscore.
    text = re.sub(r"__|_", lambda m: "_" if m.group(0) == "__" else "", text)
    for end in ("…", "..."):
        if text.endswith(end):
            text = text[: -len(end)]
    return text.strip()


def unescape(text):
    return re.sub(r'\\(["\\ntr])',
                  lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
                  text)


def read_pot(path):
    """The msgid and msgid_plural strings of a .pot file."""
    strings = []
    current = None
    with open(path, encoding="utf-8") as pot:
        for line in pot:
            line = line.rstrip("\n")
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?|msgctxt) "(.*)"$', line)
            if m:
                if current is not None:
                    strings.append(current)
                current = unescape(m.group(2)) if m.group(1).startswith("msgid") else None
            elif line.startswith('"') and current is not None:
                current += unescape(line[1:-1])
            elif current is not None:
                strings.append(current)
                current = None
    if current is not None:
        strings.append(current)
    return [s for s in strings if s]


CONVERSION = re.compile(r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:ll|l|z|h)?[sudixfgc]")


def pattern_for(string):
    """A regular expression matching @string with its conversions filled
    in, or None when too little of it is words ("%s: %s" would match
    anything)."""
    parts = CONVERSION.split(string)
    if not re.search(r"\w\w", "".join(parts)):
        return None
    return re.compile("^" + "(.+)".join(re.escape(p.replace("%%", "%")) for p in parts) + "$")


def matches(pattern, label):
    """Whether @label is @pattern filled in, with most of the label coming
    from the string itself ("mark %s" does not name “mark as read”)."""
    m = pattern.match(label)
    if m is None:
        return False
    filled = sum(len(g) for g in m.groups())
    return (len(label) - filled) * 10 >= len(label) * 4


def extract_strings(srcroot):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "labels.pot")
        subprocess.run(
            ["xgettext", "--files-from=po/POTFILES.in", "--directory=" + srcroot,
             "--from-code=UTF-8", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
             "--keyword=NC_:1c,2", "--keyword=ngettext:1,2", "--keyword=g_dngettext:2,3",
             "--output=" + pot],
            check=True, cwd=srcroot)
        return read_pot(pot)


def page_labels(path):
    """(text, line) of each label a page names."""
    labels = []
    tree = ET.parse(path)
    for element in tree.iter():
        if element.tag == MALLARD + "gui" or (
                element.tag == MALLARD + "em" and element.get("style") == "strong"):
            labels.append(normalize("".join(element.itertext())))
    return labels


def main():
    srcroot = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                              os.path.join(os.path.dirname(__file__), "..", ".."))
    exact = set()
    patterns = []
    for string in extract_strings(srcroot):
        string = normalize(string)
        exact.add(string)
        if "%" in string and (pattern := pattern_for(string)) is not None:
            patterns.append(pattern)

    helpdir = os.path.join(srcroot, "help", "C")
    missing = []
    checked = 0
    for name in sorted(os.listdir(helpdir)):
        if not name.endswith(".page"):
            continue
        page = name[: -len(".page")]
        for label in page_labels(os.path.join(helpdir, name)):
            checked += 1
            if label in exact or label in OUTSIDE.get(page, ()):
                continue
            if any(matches(p, label) for p in patterns):
                continue
            missing.append((name, label))

    for name, label in missing:
        print(f"help/C/{name}: “{label}” is not a label of Frontdesk’s windows "
              "(no translatable string in the files of po/POTFILES.in says so)",
              file=sys.stderr)
    if missing:
        return 1
    print(f"{checked} labels named in help/C, all found in the application")
    return 0


if __name__ == "__main__":
    sys.exit(main())
