#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Grows an imported Frontdesk store K-fold, for read benchmarks at a size
whose import takes too long (see docs/benchmarks.md).

    /usr/bin/python3 grow-store.py DATA_DIR K

Each message gets K-1 copies in the same second (sort key + 1 .. K-1, which
needs every original in a second of its own, as in the generated corpus) and
a distinct remote id, so the time density, the term statistics and the
doclist lengths grow like a K times larger corpus over the same two years.
The full-text index is then rebuilt from its content view. Conversations,
identities and the other tables are shared with the originals. Only for the
read path: search and inbox pages; sizes and import times mean nothing here.
"""

import ctypes
import ctypes.util
import sqlite3
import sys
import time

_zstd = ctypes.CDLL(ctypes.util.find_library("zstd") or "libzstd.so.1")
_zstd.ZSTD_decompress.restype = ctypes.c_size_t
_zstd.ZSTD_decompress.argtypes = [ctypes.c_void_p, ctypes.c_size_t,
                                  ctypes.c_char_p, ctypes.c_size_t]


def unpack(blob):
    """A text stored compressed: format byte, 32-bit length, zstd frame."""
    size = int.from_bytes(blob[1:5], "little")
    out = ctypes.create_string_buffer(size)
    n = _zstd.ZSTD_decompress(out, size, blob[5:], len(blob) - 5)
    if n != size:
        raise ValueError("damaged stored text")
    return out.raw[:size].decode()

SLOT_MASK = (1 << 10) - 1  # sort_key = created_at << 10 | slot (schema 7)


def fd_index_text(value):
    """What src/core/store/fd-store-text.c gives the search index: the text,
    inflated if stored compressed, without blocks of 2+ quoted lines."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = unpack(value)
    out, block = [], []
    for line in value.splitlines(keepends=True):
        if line.lstrip(" \t").startswith(">"):
            block.append(line)
            continue
        if len(block) == 1:
            out.extend(block)
        block = []
        out.append(line)
    if len(block) == 1:
        out.extend(block)
    return "".join(out)


def main():
    data_dir, k = sys.argv[1], int(sys.argv[2])
    db = sqlite3.connect(f"{data_dir}/frontdesk.db", isolation_level=None)
    db.create_function("fd_index_text", 1, fd_index_text, deterministic=True)
    (slots,) = db.execute(f"SELECT max(sort_key & {SLOT_MASK}) FROM messages").fetchone()
    if slots + k > SLOT_MASK or slots != 0:
        sys.exit("grow-store: needs a store whose messages each have a second of their own")
    cols = [r[1] for r in db.execute("PRAGMA table_info(messages)") if r[1] != "id"]
    sel = []
    for c in cols:
        if c == "sort_key":
            sel.append("sort_key + c.k")
        elif c == "remote_id":
            sel.append("remote_id || '#' || c.k")
        else:
            sel.append(c)
    t0 = time.monotonic()
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    db.execute("BEGIN")
    (last_id,) = db.execute("SELECT max(id) FROM messages").fetchone()
    for i in range(1, k):
        db.execute(f"INSERT INTO messages ({', '.join(cols)}) "
                   f"SELECT {', '.join(sel).replace('c.k', str(i))} FROM messages "
                   f"WHERE id <= {last_id} ORDER BY id")
    print(f"copied in {time.monotonic() - t0:.0f} s", file=sys.stderr)
    db.execute("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')")
    db.execute("COMMIT")
    print(f"index rebuilt, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    db.execute("PRAGMA journal_mode = WAL")
    (n,) = db.execute("SELECT count(*) FROM messages").fetchone()
    print(f"{n} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
