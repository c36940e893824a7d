#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a reproducible benchmark corpus for Frontdesk.

    /usr/bin/python3 tests/bench/gen-corpus.py --out DIR [--messages 100000] [--seed 42]

DIR/maildir/{cur,new,tmp}  ~70% of the messages: email, one file each in cur/
DIR/social.jsonl           ~30%: Mastodon and Bluesky posts, Frontdesk's import format
DIR/queries.txt            20 two-word queries drawn from the vocabulary (fixed seed)
DIR/manifest.json          counts, seed, generator version

Same seed and size give byte-identical output. Stdlib only; streams everything
so memory stays flat (a few tens of MB) at 1,000,000 messages.
"""

import argparse
import base64
import bisect
import hashlib
import itertools
import json
import os
import quopri
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_words as W  # noqa: E402

GENERATOR_VERSION = 1

SHOP_DOMAIN = "tiendaverde.example"
SHOP_ADDR = "support@" + SHOP_DOMAIN
SHOP_NAME = "Tienda Verde Support"
SHOP_MASTODON = "@tiendaverde@mastodon.social"
SHOP_BLUESKY = "tiendaverde.bsky.social"
AGENTS = ["Ana", "Marc", "Laura", "Tom"]

N_CUSTOMERS = 2000
SPAN_DAYS = 730
END_TIME = 1795392000  # 2026-11-24T00:00:00Z: the corpus covers the two years before
EMAIL_SHARE = 0.70
REPLY_SHARE = 0.38         # messages that continue an earlier thread
SENTENCE_POOL = 25000      # sentences per language, reused across bodies

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B32 = "234567abcdefghijklmnopqrstuvwxyz"


def words_of(text):
    seen, out = set(), []
    for w in text.split():
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def zipf_cum(n, s=1.0):
    acc, cum = 0.0, []
    for r in range(1, n + 1):
        acc += 1.0 / (r ** s)
        cum.append(acc)
    return cum


class Lang:
    """Vocabulary of one language, Zipf over function words then content words."""

    def __init__(self, code, rng):
        self.code = code
        self.function = words_of(W.FUNCTION[code])
        self.content = words_of(W.CONTENT[code])
        self.vocab = self.function + self.content
        self.cum = zipf_cum(len(self.vocab), 1.0)
        self.total = self.cum[-1]
        self.first = W.FIRST[code].split()
        self.last = W.LAST[code].split()
        self.greeting = W.GREETING[code]
        self.closing = W.CLOSING[code]
        self.wrote = W.WROTE[code]
        self.pool = [self._sentence(rng) for _ in range(SENTENCE_POOL)]

    def _sentence(self, rng):
        n = rng.randint(4, 19)
        vocab, cum, total = self.vocab, self.cum, self.total
        ws = [vocab[bisect.bisect(cum, rng.random() * total)] for _ in range(n)]
        first = ws[0]
        ws[0] = first[0].upper() + first[1:]
        r = rng.random()
        end = "." if r < 0.78 else ("?" if r < 0.9 else "!")
        # A comma now and then, so the text tokenizes like prose.
        if n > 8 and rng.random() < 0.5:
            k = rng.randint(3, n - 3)
            ws[k] = ws[k] + ","
        return " ".join(ws) + end


class Customer:
    __slots__ = ("idx", "lang", "first", "last", "name", "email", "mastodon",
                 "bluesky", "ascii_name")

    def __init__(self, idx, lang, rng):
        self.idx = idx
        self.lang = lang
        self.first = rng.choice(lang.first)
        self.last = rng.choice(lang.last)
        self.name = f"{self.first} {self.last}"
        local = ascii_fold(f"{self.first}.{self.last}").lower().replace(" ", "")
        dom = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "posteo.de",
                          "orange.fr", "telefonica.net", "libero.it", "sapo.pt",
                          "ziggo.nl", "proton.me", "icloud.com", "gmx.net"])
        self.email = f"{local}{idx}@{dom}"
        handle = ascii_fold(self.first).lower() + ascii_fold(self.last).lower()[:3] + str(idx)
        inst = rng.choice(["mastodon.social", "mstdn.social", "fosstodon.org",
                           "mastodon.online", "mas.to", "social.coop"])
        self.mastodon = f"@{handle}@{inst}"
        self.bluesky = f"{handle}.bsky.social"


_FOLD = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿßÁÀÂÄÃÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜ·ø",
                      "aaaaaaceeeeiiiinooooouuuuyysAAAAACEEEEIIIINOOOOOUUUU.o")


def ascii_fold(s):
    return s.translate(_FOLD).encode("ascii", "ignore").decode()


def rfc2822_date(t, tz_min):
    lt = time.gmtime(t + tz_min * 60)
    sign = "+" if tz_min >= 0 else "-"
    a = abs(tz_min)
    return (f"{DAYS[lt.tm_wday]}, {lt.tm_mday:02d} {MONTHS[lt.tm_mon - 1]} {lt.tm_year} "
            f"{lt.tm_hour:02d}:{lt.tm_min:02d}:{lt.tm_sec:02d} {sign}{a // 60:02d}{a % 60:02d}")


def rfc3339(t):
    lt = time.gmtime(t)
    return (f"{lt.tm_year:04d}-{lt.tm_mon:02d}-{lt.tm_mday:02d}T"
            f"{lt.tm_hour:02d}:{lt.tm_min:02d}:{lt.tm_sec:02d}Z")


def short_date(t):
    lt = time.gmtime(t)
    return f"{lt.tm_year:04d}-{lt.tm_mon:02d}-{lt.tm_mday:02d} {lt.tm_hour:02d}:{lt.tm_min:02d}"


def encode_word(s):
    """RFC 2047 for a header value that is not plain ASCII."""
    if s.isascii():
        return s
    return "=?utf-8?b?" + base64.b64encode(s.encode()).decode() + "?="


def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line, n = [], 0
        for w in para.split(" "):
            if n and n + 1 + len(w) > width:
                out.append(" ".join(line))
                line, n = [w], len(w)
            else:
                line.append(w)
                n += len(w) + (1 if n else 0)
        if line:
            out.append(" ".join(line))
    return "\n".join(out)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tid(t_us, clock):
    """A Bluesky record key (TID): 13 base32-sortable characters."""
    v = (t_us << 10) | (clock & 0x3FF)
    out = []
    for _ in range(13):
        out.append(B32[v & 31])
        v >>= 5
    return "".join(reversed(out))


class Generator:
    def __init__(self, n, seed, out):
        self.n = n
        self.out = out
        self.rng = random.Random(seed)
        rng = self.rng
        self.langs = {c: Lang(c, random.Random(f"{seed}-{c}")) for c in W.LANG_SHARE}
        codes = list(W.LANG_SHARE)
        lcum = list(itertools.accumulate(W.LANG_SHARE[c] for c in codes))
        self.customers = []
        for i in range(N_CUSTOMERS):
            c = codes[min(bisect.bisect(lcum, rng.random() * lcum[-1]), len(codes) - 1)]
            self.customers.append(Customer(i + 1, self.langs[c], rng))
        # Some customers write far more than others.
        self.cust_cum = zipf_cum(N_CUSTOMERS, 0.8)
        rng.shuffle(self.customers)
        # Recent threads that may get a reply: [family, root_id, last_id, refs,
        # customer, subject, last_text, last_time, last_dir, last_author_name]
        self.open_email = []
        self.open_social = []
        self.n_email = 0
        self.n_social = 0
        self.seq = 0

    # -- text ------------------------------------------------------------
    def body_sentences(self, lang, target):
        rng = self.rng
        pool = lang.pool
        paras, size = [], 0
        while size < target:
            k = rng.randint(1, 4)
            p = " ".join(pool[rng.randrange(SENTENCE_POOL)] for _ in range(k))
            # Real mail has order numbers, amounts and dates: many distinct tokens.
            r = rng.random()
            if r < 0.25:
                p += f" #{rng.choice('ABCDEFGH')}{rng.randrange(100000, 999999)}"
            elif r < 0.35:
                p += f" {rng.randrange(5, 400)},{rng.randrange(0, 99):02d} €"
            elif r < 0.40:
                p += f" https://{SHOP_DOMAIN}/p/{rng.randrange(1000, 99999)}"
            paras.append(p)
            size += len(p) + 2
        return paras

    def pick_customer(self):
        i = bisect.bisect(self.cust_cum, self.rng.random() * self.cust_cum[-1])
        return self.customers[min(i, N_CUSTOMERS - 1)]

    def target_size(self):
        # Log-normal around 900 bytes, clipped to 200 B .. 8 KB.
        s = int(self.rng.lognormvariate(6.8, 0.8))
        return max(200, min(8000, s))

    # -- email -----------------------------------------------------------
    def email(self, t, n):
        rng = self.rng
        reply = None
        if self.open_email and rng.random() < REPLY_SHARE:
            # Prefer recent threads.
            k = len(self.open_email)
            reply = self.open_email[k - 1 - min(k - 1, int(rng.expovariate(1 / 60)))]
        if reply:
            cust = reply[4]
            direction = "out" if reply[8] == "in" and rng.random() < 0.7 else "in"
            subj = reply[5]
            subject = subj if subj.startswith(("Re:", "RE:", "AW:", "R:")) else "Re: " + subj
        else:
            cust = self.pick_customer()
            direction = "out" if rng.random() < 0.08 else "in"
            lang = cust.lang
            subject = " ".join(lang.pool[rng.randrange(SENTENCE_POOL)].split()[:rng.randint(3, 8)])
            subject = subject.rstrip(".?!,")
            if rng.random() < 0.4:
                subject += f" #{rng.choice('ABCDEFGH')}{rng.randrange(100000, 999999)}"
        lang = cust.lang
        self.seq += 1
        msgid = f"<{t}.{self.seq}.{rng.getrandbits(32):08x}@{SHOP_DOMAIN if direction == 'out' else cust.email.split('@')[1]}>"

        if direction == "in":
            from_name, from_addr, to = cust.name, cust.email, f"{SHOP_NAME} <{SHOP_ADDR}>"
            sign = cust.first
            greet = rng.choice(lang.greeting).format(first=rng.choice(AGENTS))
        else:
            agent = rng.choice(AGENTS)
            from_name, from_addr = SHOP_NAME, SHOP_ADDR
            to = f"{encode_word(cust.name)} <{cust.email}>"
            sign = f"{agent}\n{SHOP_NAME}"
            greet = rng.choice(lang.greeting).format(first=cust.first)

        paras = self.body_sentences(lang, self.target_size())
        text = greet + "\n\n" + "\n\n".join(paras) + "\n\n" + rng.choice(lang.closing) + "\n" + sign + "\n"
        quoted = ""
        if reply and rng.random() < 0.75:
            qt = reply[6][:1500]
            quoted = "\n" + lang.wrote.format(date=short_date(reply[7]), name=reply[9]) + "\n" + \
                "\n".join("> " + l if l else ">" for l in wrap(qt).split("\n")) + "\n"
        plain = text + quoted

        headers = [
            f"Return-Path: <{from_addr}>",
            f"From: {encode_word(from_name)} <{from_addr}>",
            f"To: {to}",
            f"Subject: {encode_word(subject)}",
            f"Date: {rfc2822_date(t, rng.choice((0, 60, 60, 120, -300, 0)))}",
            f"Message-ID: {msgid}",
        ]
        if reply:
            headers.append(f"In-Reply-To: {reply[2]}")
            refs = reply[3][-8:] + [reply[2]]
            headers.append("References: " + "\n ".join(refs))
        else:
            refs = []
        headers.append("MIME-Version: 1.0")
        if rng.random() < 0.3:
            headers.append(f"Content-Language: {lang.code}")
        if rng.random() < 0.3:
            headers.append("User-Agent: " + rng.choice(
                ["Mozilla Thunderbird 115.5", "Apple Mail (2.3731)", "Evolution 3.46.4",
                 "Microsoft Outlook 16.0", "K-9 Mail for Android"]))

        r = rng.random()
        if r < 0.30:
            body_part = self.alternative(plain, text, quoted, n)
        elif r < 0.33:
            body_part = self.html_only(text, quoted, n)
        else:
            body_part = self.text_part(plain)
        if rng.random() < 0.025:
            body_part = self.with_attachment(body_part, n)
        msg = "\n".join(headers) + "\n" + body_part

        state = [1, reply[1] if reply else msgid, msgid, refs, cust, subject,
                 text, t, direction, from_name]
        self.remember(self.open_email, state)
        return msg.encode("utf-8")

    def text_part(self, plain, subtype="plain"):
        rng = self.rng
        ascii_only = plain.isascii()
        r = rng.random()
        if (ascii_only and r < 0.85) or (not ascii_only and r < 0.45):
            cte = "7bit" if ascii_only else "8bit"
            body = wrap(plain) if subtype == "plain" else plain
        elif r < (0.95 if ascii_only else 0.85):
            cte = "quoted-printable"
            body = quopri.encodestring(plain.encode()).decode("ascii")
        else:
            cte = "base64"
            body = base64.encodebytes(plain.encode()).decode("ascii")
        ct = f"text/{subtype}; charset=utf-8"
        if subtype == "plain" and cte in ("7bit", "8bit") and rng.random() < 0.2:
            ct += "; format=flowed"
        return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n{body}"

    def html_of(self, text, quoted):
        parts = ["<html><head><meta charset=\"utf-8\"></head><body>"]
        for p in text.strip().split("\n\n"):
            parts.append("<p>" + html_escape(p).replace("\n", "<br>") + "</p>")
        if quoted:
            parts.append("<blockquote type=\"cite\">" +
                         html_escape(quoted).replace("\n", "<br>\n") + "</blockquote>")
        parts.append("</body></html>\n")
        return "\n".join(parts)

    def alternative(self, plain, text, quoted, n):
        b = f"=_alt_{n:08x}"
        return (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
                f"--{b}\n{self.text_part(plain)}\n"
                f"--{b}\n{self.text_part(self.html_of(text, quoted), 'html')}\n"
                f"--{b}--\n")

    def html_only(self, text, quoted, n):
        return self.text_part(self.html_of(text, quoted), "html")

    def with_attachment(self, body_part, n):
        rng = self.rng
        b = f"=_mix_{n:08x}"
        kind = rng.choice([("image/jpeg", "photo.jpg"), ("application/pdf", "receipt.pdf"),
                           ("image/png", "screenshot.png")])
        data = base64.encodebytes(rng.randbytes(rng.randrange(2000, 40000))).decode("ascii")
        return (f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n"
                f"--{b}\n{body_part}\n"
                f"--{b}\nContent-Type: {kind[0]}; name=\"{kind[1]}\"\n"
                f"Content-Disposition: attachment; filename=\"{kind[1]}\"\n"
                f"Content-Transfer-Encoding: base64\n\n{data}\n--{b}--\n")

    # -- social ----------------------------------------------------------
    def social(self, t, n):
        rng = self.rng
        reply = None
        if self.open_social and rng.random() < REPLY_SHARE:
            k = len(self.open_social)
            reply = self.open_social[k - 1 - min(k - 1, int(rng.expovariate(1 / 40)))]
        if reply:
            channel = reply[0]
            cust = reply[4]
            direction = "out" if reply[8] == "in" and rng.random() < 0.65 else "in"
        else:
            channel = "mastodon" if rng.random() < 0.55 else "bluesky"
            cust = self.pick_customer()
            direction = "out" if rng.random() < 0.05 else "in"
        lang = cust.lang
        limit = 500 if channel == "mastodon" else 300
        k = rng.randint(1, 4)
        text = " ".join(lang.pool[rng.randrange(SENTENCE_POOL)] for _ in range(k))
        if direction == "out":
            mention = cust.mastodon if channel == "mastodon" else "@" + cust.bluesky
            text = f"{mention} {text}"
        else:
            shop = SHOP_MASTODON if channel == "mastodon" else "@" + SHOP_BLUESKY
            text = f"{shop} {text}"
            if rng.random() < 0.2:
                text += f" #{rng.choice(lang.content)}"
        if rng.random() < 0.15:
            text += f" #{rng.choice('ABCDEFGH')}{rng.randrange(100000, 999999)}"
        text = text[:limit]

        self.seq += 1
        if channel == "mastodon":
            mid = str(((t * 1000) << 16) | (self.seq & 0xFFFF))
            handle, name = (SHOP_MASTODON, SHOP_NAME) if direction == "out" else (cust.mastodon, cust.name)
            user, inst = handle[1:].split("@")
            url = f"https://{inst}/@{user}/{mid}"
        else:
            handle, name = (SHOP_BLUESKY, SHOP_NAME) if direction == "out" else (cust.bluesky, cust.name)
            rkey = tid(t * 1_000_000 + (self.seq % 1_000_000), self.seq)
            did = "did:plc:" + hashlib.blake2b(handle.encode(), digest_size=15).hexdigest()[:24]
            mid = f"at://{did}/app.bsky.feed.post/{rkey}"
            url = f"https://bsky.app/profile/{handle}/post/{rkey}"

        obj = {"channel": channel, "id": mid, "author": {"handle": handle, "name": name},
               "text": text, "created_at": rfc3339(t)}
        if reply:
            obj["thread"] = reply[1]
            obj["in_reply_to"] = reply[2]
        if direction == "out":
            obj["direction"] = "out"
        if rng.random() < 0.8:
            obj["lang"] = lang.code
        obj["url"] = url
        if channel == "mastodon" and rng.random() < 0.02:
            obj["subject"] = "CW: " + " ".join(rng.choice(lang.content) for _ in range(2))
        lines = [json.dumps(obj, ensure_ascii=False)]

        state = [channel, reply[1] if reply else mid, mid, [], cust, "", text, t, direction, name]
        self.remember(self.open_social, state)

        # A frustrated customer repeats the same complaint: every copy counts.
        if direction == "in" and not reply and rng.random() < 0.01:
            for r in range(rng.randint(1, 4)):
                self.seq += 1
                t2 = t + 60 * (r + 1)
                copy = dict(obj)
                if channel == "mastodon":
                    copy["id"] = str(((t2 * 1000) << 16) | (self.seq & 0xFFFF))
                    copy["url"] = url.rsplit("/", 1)[0] + "/" + copy["id"]
                else:
                    rk = tid(t2 * 1_000_000 + (self.seq % 1_000_000), self.seq)
                    copy["id"] = mid.rsplit("/", 1)[0] + "/" + rk
                    copy["url"] = url.rsplit("/", 1)[0] + "/" + rk
                copy["created_at"] = rfc3339(t2)
                lines.append(json.dumps(copy, ensure_ascii=False))
        return lines

    def remember(self, lst, state):
        lst.append(state)
        if len(lst) > 6000:
            del lst[:2000]

    # -- driver ----------------------------------------------------------
    def run(self, progress):
        rng = self.rng
        out = self.out
        cur = os.path.join(out, "maildir", "cur")
        for d in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(out, "maildir", d), exist_ok=True)
        start = END_TIME - SPAN_DAYS * 86400
        step = SPAN_DAYS * 86400 / self.n
        i = 0
        with open(os.path.join(out, "social.jsonl"), "w", encoding="utf-8",
                  buffering=1 << 20) as social:
            while i < self.n:
                t = int(start + i * step + rng.random() * step)
                if rng.random() < EMAIL_SHARE:
                    data = self.email(t, i)
                    name = f"{t}.{i}.bench:2,S"
                    fd = os.open(os.path.join(cur, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                    os.write(fd, data)
                    os.close(fd)
                    self.n_email += 1
                    i += 1
                else:
                    lines = self.social(t, i)
                    lines = lines[:self.n - i]
                    social.write("\n".join(lines) + "\n")
                    self.n_social += len(lines)
                    i += len(lines)
                if progress and i % 50000 < 1:
                    print(f"  {i} messages", file=sys.stderr)

    def queries(self, qseed):
        """20 two-word queries in one language each: 14 of two mid-frequency
        content words, 6 with a common one."""
        rng = random.Random(qseed)
        codes = list(W.LANG_SHARE)
        weights = [W.LANG_SHARE[c] for c in codes]
        out = []
        seen = set()
        while len(out) < 20:
            lang = self.langs[rng.choices(codes, weights)[0]]
            nf = len(lang.function)
            common = len(out) >= 14
            def pick(lo, hi):
                while True:
                    w = lang.content[rng.randrange(lo, hi)]
                    if w.isalpha() and len(w) >= 4:
                        return w
            a = pick(0, 12) if common else pick(20, 120)
            b = pick(20, 120)
            if a == b or (a, b) in seen:
                continue
            seen.add((a, b))
            out.append((lang.code, "common" if common else "mid", f"{a} {b}"))
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--messages", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    if os.path.exists(os.path.join(args.out, "maildir", "cur")) and \
            os.listdir(os.path.join(args.out, "maildir", "cur")):
        sys.exit(f"{args.out}/maildir/cur is not empty: give an empty or new directory")
    os.makedirs(args.out, exist_ok=True)
    t0 = time.monotonic()
    g = Generator(args.messages, args.seed, args.out)
    g.run(not args.quiet)
    qs = g.queries(args.seed + 1)
    with open(os.path.join(args.out, "queries.txt"), "w", encoding="utf-8") as f:
        for lang, kind, q in qs:
            f.write(f"{q}\t{lang}\t{kind}\n")
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": args.seed,
        "messages": args.messages,
        "email": g.n_email,
        "social": g.n_social,
        "customers": N_CUSTOMERS,
        "span_days": SPAN_DAYS,
        "seconds": round(time.monotonic() - t0, 1),
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    if not args.quiet:
        print(json.dumps(manifest), file=sys.stderr)


if __name__ == "__main__":
    main()
