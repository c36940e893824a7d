#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An SMTP relay for the email tests: accepts mail without AUTH on
# 127.0.0.1:PORT and delivers it over LMTP into the test Dovecot, so that
# sent mail can be read back over IMAP. Usage: email-relay.py PORT LMTP_PORT
import signal
import smtplib
import sys

from aiosmtpd.controller import Controller


class LmtpForwarder:
    def __init__(self, lmtp_port):
        self.lmtp_port = lmtp_port

    async def handle_DATA(self, server, session, envelope):
        try:
            with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
                lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
        except Exception as error:  # noqa: BLE001 - tell the client
            return "451 delivery failed: %s" % error
        return "250 OK delivered"


def main():
    port, lmtp_port = int(sys.argv[1]), int(sys.argv[2])
    controller = Controller(LmtpForwarder(lmtp_port), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        signal.pause()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
