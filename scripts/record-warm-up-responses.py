"""Records the HTTP responses of one live diagnosis, for the launcher's AppCDS training run (`warm-up`).

The training replays them from an in-process server, so the archive holds the classes a live run loads
(SDK response models, the XML and JSON parsers, CliJson, the readers) without any AWS account or emulator.
Usage (from the project root; what scripts/record-warm-up-responses.sh does):
    python scripts/record-warm-up-responses.py UPSTREAM_URL PORT OUT.json DIAGNOSE_ARG...
It proxies 127.0.0.1:PORT to UPSTREAM_URL (moto holding bench/live-scenario.py's incidents) until it gets
SIGTERM, then writes every distinct operation's first answer (an error too) to OUT.json, with the `diagnose` arguments
(e.g. --stack NAME) that the replay runs; the shell script joins one such part per incident.
"""
import json
import signal
import sys
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPSTREAM, PORT, OUT, DIAGNOSE = sys.argv[1].rstrip("/"), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
recorded = {}


def key(method, path, headers, body):
    """What the replaying server (cli/WarmUpServer) keys answers by; keep the two in step."""
    target = headers.get("X-Amz-Target")
    if target:
        return target
    if body and "application/x-www-form-urlencoded" in headers.get("Content-Type", ""):
        form = urllib.parse.parse_qs(body.decode())
        if "Action" in form:
            return form["Action"][0] + "@" + form.get("Version", [""])[0]
    return method + " " + path.split("?")[0]


class Proxy(BaseHTTPRequestHandler):
    def do(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        req = urllib.request.Request(UPSTREAM + self.path, data=body or None, method=self.command,
                                     headers={k: v for k, v in self.headers.items() if k.lower() != "host"})
        try:
            with urllib.request.urlopen(req) as r:
                status, ctype, data = r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            status, ctype, data = e.code, e.headers.get("Content-Type", ""), e.read()
        k = key(self.command, self.path, self.headers, body)
        if k not in recorded:  # errors too: a missing image tag is an answer (ImageNotFoundException)
            recorded[k] = {"status": status, "contentType": ctype, "body": data.decode()}
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do

    def log_message(self, *args):
        pass


def finish(*_):
    with open(OUT, "w") as f:
        json.dump({"diagnose": DIAGNOSE, "responses": dict(sorted(recorded.items()))}, f, indent=1)
        f.write("\n")
    sys.exit(0)


signal.signal(signal.SIGTERM, finish)
ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
