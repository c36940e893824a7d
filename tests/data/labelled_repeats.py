# SPDX-License-Identifier: GPL-3.0-or-later
"""What the generators of the labelled sets of repeats in other words
(repeats-meaning*/gen-fixture.py) share: the posts as the JSON Lines
importer reads them, the labels, and writing both.

A set is written by a script that calls add(), group(), negative() and
reply() of one LabelledSet, then write(). The output is deterministic.
"""
import json
import os
from datetime import timedelta


class LabelledSet:
    def __init__(self, base, mail_prefix, shop_mail, shop_masto, shop_bsky, shop_name):
        self.base = base
        self.mail_prefix = mail_prefix
        self.shop = {"email": shop_mail, "mastodon": shop_masto, "bluesky": shop_bsky}
        self.shop_name = shop_name
        self.messages = []
        self.groups = []          # true repeat groups: lists of "channel:id"
        self.group_info = []      # per group: language, channels, how the identities are known
        self.negatives = []       # labelled pairs that are not repeats, by kind
        self.same_person = []     # identities that are one person ("channel:handle")
        self.same_name_different_people = []
        self.counter = {"email": 0, "mastodon": 0, "bluesky": 0}

    def add(self, channel, author, text, hours, lang=None, subject=None, name=None,
            links=None, direction=None, thread=None, in_reply_to=None):
        """A post; returns its "channel:id"."""
        self.counter[channel] += 1
        if channel == "email":
            rid = "<%s%d@mail.example>" % (self.mail_prefix, self.counter[channel])
        else:
            rid = "%s-%d" % (channel[:2], self.counter[channel])
        obj = {
            "channel": channel,
            "id": rid,
            "author": {"handle": author},
            "text": text,
            "created_at": (self.base + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if name:
            obj["author"]["name"] = name
        if links:
            obj["author"]["links"] = links
        if lang:
            obj["lang"] = lang
        if subject:
            obj["subject"] = subject
        if direction:
            obj["direction"] = direction
        if thread:
            obj["thread"] = thread
        if in_reply_to:
            obj["in_reply_to"] = in_reply_to
        self.messages.append(obj)
        return "%s:%s" % (channel, rid)

    @staticmethod
    def rid(key):
        return key.split(":", 1)[1]

    def group(self, lang, how, *keys):
        self.groups.append(list(keys))
        self.group_info.append({"lang": lang,
                                "channels": sorted({k.split(":", 1)[0] for k in keys}),
                                "identities": how})

    def negative(self, kind, a, b, note):
        self.negatives.append({"kind": kind, "pair": [a, b], "note": note})

    def reply(self, channel, text, hours, to, thread, lang):
        """The shop's answer."""
        return self.add(channel, self.shop[channel], text, hours, lang=lang, name=self.shop_name,
                        direction="out", thread=thread, in_reply_to=to)

    def write(self, here, comment):
        """fixture.jsonl and labels.json in @here; prints what they hold."""
        self.messages.sort(key=lambda m: (m["created_at"], m["channel"], m["id"]))

        with open(os.path.join(here, "fixture.jsonl"), "w", encoding="utf-8") as f:
            for m in self.messages:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")

        labels = {
            "comment": comment,
            "groups": self.groups,
            "group_info": self.group_info,
            "negatives": self.negatives,
            "same_person": self.same_person,
            "same_name_different_people": self.same_name_different_people,
        }
        with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=2)
            f.write("\n")

        n_cross = sum(1 for gi in self.group_info if len(gi["channels"]) > 1)
        print("%d messages, %d groups (%d across channels, %d languages), %d pairs, %d labelled negatives" % (
              len(self.messages), len(self.groups), n_cross, len({gi["lang"] for gi in self.group_info}),
              sum(len(g) * (len(g) - 1) // 2 for g in self.groups), len(self.negatives)))
