#!/usr/bin/env python3
"""An SMTP server on a free loopback port for tst_server_notify (Debian's python3-aiosmtpd).

Usage: smtp_stub.py OUT [USER:PASSWORD] [--tls CERT KEY] -- with a login, AUTH is required and only
that login is accepted (over plain TCP without --tls: loopback); with --tls the server offers
STARTTLS with that certificate and refuses mail before it (530).

Prints the port on the first line of standard output, then appends each message it accepts to
OUT as one JSON line: the envelope and the message as Python's own e-mail parser reads it (the
subject decoded from RFC 2047, the text body decoded), so the test checks what a mail client sees.
"""
import asyncio
import email
import json
import ssl
import sys
from email import policy

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

ARGS = sys.argv[2:]
TLS = None
if "--tls" in ARGS:
    at = ARGS.index("--tls")
    TLS = ARGS[at + 1:at + 3]
    del ARGS[at:at + 3]
LOGIN = ARGS[0].split(":", 1) if ARGS else None


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and LOGIN is not None
          and auth_data.login.decode() == LOGIN[0] and auth_data.password.decode() == LOGIN[1])
    return AuthResult(success=ok, auth_data=auth_data.login.decode() if ok else None)


class Handler:
    def __init__(self, out):
        self.out = out

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
            "auth_user": session.auth_data or "",
        }
        with open(self.out, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 OK"


async def main():
    loop = asyncio.get_running_loop()
    tls = {}
    if TLS:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(TLS[0], TLS[1])
        tls = {"tls_context": context, "require_starttls": True}

    def factory():
        if LOGIN is None:
            return SMTP(Handler(sys.argv[1]), **tls)
        return SMTP(Handler(sys.argv[1]), authenticator=authenticator, auth_required=True,
                    auth_require_tls=bool(TLS), **tls)

    server = await loop.create_server(factory, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
