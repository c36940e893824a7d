#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An HTTP server for the command-line tests, on a free loopback port:
#  - the API of the tests' loopback provider (tests/fd-loopback-provider.c,
#    in frontdesk-cli-test): GET /whoami, GET /messages, POST /replies
#    (one reply per Idempotency-Key), GET /replies[?key=K], POST /state;
#  - LibreTranslate's GET /languages and POST /translate, which answers
#    with the text upper-cased and tagged with the target language.
# It prints "ready PORT" once it listens, and serves until killed.
# Usage: cli-stand-in.py MESSAGES.json (a JSON array of messages as
# GET /messages returns them)
import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StandIn(BaseHTTPRequestHandler):
    messages = []
    replies = []
    states = []

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def read_json(self):
        length = int(self.headers.get("Content-Length", "0"))
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):  # noqa: N802 - the base class's name
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/whoami":
            self.answer(200, {"id": "shop"})
        elif url.path == "/messages":
            since = int(query.get("since", ["0"])[0] or "0")
            limit = int(query.get("limit", ["50"])[0])
            page = self.messages[since:since + limit]
            self.answer(200, {"messages": page, "next": str(since + len(page)),
                              "more": since + len(page) < len(self.messages)})
        elif url.path == "/replies":
            key = query.get("key", [None])[0]
            self.answer(200, {"replies": [r for r in self.replies if key is None or r["key"] == key]})
        elif url.path == "/states":
            self.answer(200, {"states": self.states})
        elif url.path == "/languages":
            self.answer(200, [{"code": code, "name": code, "targets": ["en", "es", "fr", "de"]}
                              for code in ("en", "es", "fr", "de")])
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):  # noqa: N802 - the base class's name
        url = urllib.parse.urlsplit(self.path)
        body = self.read_json()
        if url.path == "/replies":
            key = self.headers.get("Idempotency-Key")
            for reply in self.replies:
                if reply["key"] == key:
                    self.answer(200, {"id": reply["id"]})
                    return
            reply = {"id": "r%d" % (len(self.replies) + 1), "key": key, "text": body.get("text"),
                     "in_reply_to": body.get("in_reply_to"), "private": body.get("private")}
            self.replies.append(reply)
            self.answer(200, {"id": reply["id"]})
        elif url.path == "/state":
            self.states.append(body)
            self.answer(200, {})
        elif url.path == "/translate":
            self.answer(200, {"translatedText": "[%s] %s" % (body.get("target"), body.get("q", "").upper())})
        else:
            self.answer(404, {"error": "not found"})


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        StandIn.messages = json.load(f)
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    print("ready %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
