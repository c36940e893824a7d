#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An SMTP relay for the email tests: accepts mail without AUTH on
# 127.0.0.1:PORT and delivers it over LMTP into the test Dovecot, so that
# sent mail can be read back over IMAP. Each mail it takes is also written
# as one JSON line (sender, recipients) to LOG, so that a test can count
# what reached the SMTP side. Usage: email-relay.py PORT LMTP_PORT [LOG]
import json
import signal
import smtplib
import sys

from aiosmtpd.controller import Controller


class LmtpForwarder:
    def __init__(self, lmtp_port, log_path):
        self.lmtp_port = lmtp_port
        self.log_path = log_path

    async def handle_DATA(self, server, session, envelope):
        if self.log_path:
            with open(self.log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"from": envelope.mail_from,
                                      "rcpt": envelope.rcpt_tos}) + "\n")
        try:
            with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
                lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
        except Exception as error:  # noqa: BLE001 - tell the client
            return "451 delivery failed: %s" % error
        return "250 OK delivered"


def main():
    port, lmtp_port = int(sys.argv[1]), int(sys.argv[2])
    log_path = sys.argv[3] if len(sys.argv) > 3 else None
    controller = Controller(LmtpForwarder(lmtp_port, log_path), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        signal.pause()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
