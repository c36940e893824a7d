#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every symbolic icon the sources name exists on the oldest desktop we
# build for (Debian 12's Adwaita and hicolor themes) or among the icons
# the GUI carries in its resources; a missing one shows as a broken-image
# sign. Usage: check-icons.py --root SOURCE_ROOT [--theme-dir DIR ...]
import argparse
import os
import re
import sys

NAME = re.compile(r'[">]([a-z0-9]+(?:-[a-z0-9]+)*-symbolic)["<]')


def used_icons(root):
    found = {}
    for folder, _, files in os.walk(os.path.join(root, 'src')):
        for name in files:
            if not name.endswith(('.c', '.ui', '.c.in')):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    for icon in NAME.findall(line):
                        found.setdefault(icon, '%s:%d' % (os.path.relpath(path, root), number))
    return found


def available_icons(theme_dirs, resource_dir):
    names = set()
    for top in theme_dirs + [resource_dir]:
        for _, _, files in os.walk(top):
            for name in files:
                names.add(name.split('.')[0])
    return names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--root', required=True)
    parser.add_argument('--theme-dir', action='append',
                        default=None)
    args = parser.parse_args()
    themes = args.theme_dir or ['/usr/share/icons/Adwaita', '/usr/share/icons/hicolor']
    for theme in themes:
        if not os.path.isdir(theme):
            print('%s is missing: install adwaita-icon-theme' % theme, file=sys.stderr)
            return 1
    have = available_icons(themes, os.path.join(args.root, 'src', 'gui', 'icons'))
    used = used_icons(args.root)
    missing = sorted(icon for icon in used if icon not in have)
    for icon in missing:
        print('%s: no icon "%s" in %s or the GUI\'s resources' % (used[icon], icon, ', '.join(themes)))
    if not used:
        print('no icon names found under %s/src' % args.root, file=sys.stderr)
        return 1
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
