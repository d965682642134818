#!/usr/bin/env python3
"""A merchant's webhook endpoint for the local demo: answers 200 to every POST and appends what it received
(path, FacePay-* headers, body) as one JSON line to the file given. Listens on 127.0.0.1 only.

    webhook_receiver.py PORT OUT_FILE
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver(BaseHTTPRequestHandler):
    out_file = ""

    def do_POST(self):  # noqa: N802 (the http.server naming)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        record = {
            "path": self.path,
            "headers": {k: v for k, v in self.headers.items() if k.lower().startswith("facepay-")},
            "body": body,
        }
        with open(self.out_file, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):  # noqa: A002 (keep the demo's output to what up.sh prints)
        pass


def main():
    port, out_file = int(sys.argv[1]), sys.argv[2]
    Receiver.out_file = out_file
    ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()


if __name__ == "__main__":
    main()
