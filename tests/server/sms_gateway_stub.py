#!/usr/bin/env python3
"""An SMS gateway stand-in for tst_server_notify: HTTP on loopback, port PORT (0: a free one);
HTTPS with --tls CERT KEY after PORT.

Prints the port on the first line of standard output and appends each request to OUT as one JSON
line (method, path, decoded query, body, Authorization header), answering 200. Stopped and started
again on the same port by the test to play a gateway that is down for a while.
"""
import json
import ssl
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

OUT = sys.argv[1]
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 0
# --tls CERT KEY (after PORT): HTTPS with that certificate.
TLS = sys.argv[sys.argv.index("--tls") + 1:sys.argv.index("--tls") + 3] if "--tls" in sys.argv else None


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.record(b"")

    def do_POST(self):
        self.record(self.rfile.read(int(self.headers.get("Content-Length", "0"))))

    def record(self, body):
        url = urllib.parse.urlsplit(self.path)
        entry = {
            "method": self.command,
            "path": url.path,
            "query": dict(urllib.parse.parse_qsl(url.query)),
            "body": body.decode("utf-8"),
            "authorization": self.headers.get("Authorization", ""),
        }
        with open(OUT, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"OK")

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", PORT), Handler)
if TLS:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(TLS[0], TLS[1])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
