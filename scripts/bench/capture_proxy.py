"""Records the searches the app sends Elasticsearch, for the bench's direct-Elasticsearch scenario.

A loopback HTTP proxy in front of Elasticsearch: forwards every request unchanged and appends each _search
(path and JSON body, one line each, tab-separated) to the file given. Usage: capture_proxy.py <port> <es-url> <file>
"""
import http.server
import sys
import urllib.request

PORT, UPSTREAM, OUT = int(sys.argv[1]), sys.argv[2].rstrip("/"), sys.argv[3]


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self):
        body = self.read_body()
        if body and "/_search" in self.path:
            with open(OUT, "a", encoding="utf-8") as out:
                out.write(self.path + "\t" + body.decode("utf-8").replace("\n", " ") + "\n")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection", "transfer-encoding")}
        request = urllib.request.Request(UPSTREAM + self.path, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request) as answer:
                status, answer_headers, payload = answer.status, answer.getheaders(), answer.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, payload = error.code, error.headers.items(), error.read()
        self.send_response(status)
        for name, value in answer_headers:
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                chunk = self.rfile.read(size)
                self.rfile.readline()
                if size == 0:
                    return b"".join(chunks) or None
                chunks.append(chunk)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = forward

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
