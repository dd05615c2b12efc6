#!/usr/bin/env python3
"""Serve docs/browser to Neo4j Browser: python3 docs/browser/serve.py [PORT]

Then, in Browser: :play http://localhost:8001/kg-guide.html
Browser fetches guides from its own page, so the answer needs a CORS header,
and the host must be in browser.remote_content_hostname_whitelist (Neo4j's
default, "guides.neo4j.com,localhost", already allows localhost).
"""
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "*")
        super().end_headers()

    def do_OPTIONS(self):
        # Browser asks before fetching a guide (a CORS preflight).
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8001
    print(f"serving {os.getcwd()}; in Neo4j Browser run  :play http://localhost:{port}/kg-guide.html")
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
