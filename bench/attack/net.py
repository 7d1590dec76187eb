"""HTTP from chosen loopback addresses, ordinary users, and the statistics the bench reports.

Linux routes all of 127.0.0.0/8 to the loopback interface, so binding a socket to 127.0.0.N before connecting
makes the bot see a client at 127.0.0.N: each such address has its own per-address rate limit, while
127.0.0.1 (the ordinary users and the staff here) is exempt from it in config/application.yml.
"""
import http.client
import json
import os
import random
import select
import socket
import string
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def address(block, n):
    """127.0.BLOCK.N, n counted from 1 and wrapped inside 1..254."""
    return "127.0.%d.%d" % (block, (n - 1) % 254 + 1)


def questions():
    """The public questions (copied from shared/eval/questions.jsonl), one per line in questions.txt."""
    with open(os.path.join(HERE, "questions.txt"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def random_words(chars, rng=random):
    """Lower-case random words (2-10 letters) separated by spaces, at most chars characters long."""
    words = []
    length = -1
    while True:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 10)))
        if length + 1 + len(word) > chars:
            return " ".join(words)
        words.append(word)
        length += 1 + len(word)


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


class Client:
    """A keep-alive HTTP/1.1 connection to the bot from one source address; reconnects after an error."""

    def __init__(self, port, source="127.0.0.1", timeout=10):
        self.port = port
        self.source = source
        self.timeout = timeout
        self.conn = None

    def request(self, method, path, body=b"", headers=()):
        """Returns (status, body bytes, response, seconds); status 0 and the exception text on a failure.

        A kept-alive connection the bot closed while idle is opened again once, as browsers do.
        """
        if isinstance(body, str):
            body = body.encode()
        start = time.monotonic()
        for attempt in (1, 2):
            reused = self.conn is not None
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout,
                                                           source_address=(self.source, 0))
                self.conn.putrequest(method, path, skip_accept_encoding=True)
                for name, value in headers:
                    self.conn.putheader(name, value)
                if body or method == "POST":
                    self.conn.putheader("Content-Length", str(len(body)))
                self.conn.endheaders(body)
                response = self.conn.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, data, response, time.monotonic() - start
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as ex:
                self.close()
                if not reused or attempt == 2:
                    return 0, str(ex).encode(), None, time.monotonic() - start
            except (OSError, http.client.HTTPException) as ex:
                self.close()
                return 0, str(ex).encode(), None, time.monotonic() - start
        return 0, b"unreachable", None, time.monotonic() - start

    def chat(self, message, session=None, headers=()):
        body = {"message": message}
        if session is not None:
            body["sessionId"] = session
        return self.request("POST", "/api/chat", json.dumps(body),
                            (("Content-Type", "application/json"),) + tuple(headers))

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class Recorder:
    """Thread-safe (time, seconds, status) records with summaries."""

    def __init__(self):
        self.records = []
        self.lock = threading.Lock()
        self.t0 = time.monotonic()

    def add(self, status, seconds):
        with self.lock:
            self.records.append((time.monotonic() - self.t0, seconds, status))

    def between(self, start=0.0, end=float("inf")):
        with self.lock:
            return [r for r in self.records if start <= r[0] < end]

    def summary(self, start=0.0, end=float("inf")):
        """A dict: requests, ok (200), errors (anything else), statuses, p50/p90/p99/max ms of the 200s."""
        rows = self.between(start, end)
        statuses = {}
        for r in rows:
            statuses[r[2]] = statuses.get(r[2], 0) + 1
        ok = [r[1] * 1000 for r in rows if r[2] == 200]
        return {"requests": len(rows), "ok": len(ok), "errors": len(rows) - len(ok), "statuses": statuses,
                "p50": percentile(ok, 50), "p90": percentile(ok, 90), "p99": percentile(ok, 99),
                "max": max(ok) if ok else float("nan")}

    @staticmethod
    def line(s):
        return ("%d requests, %d errors %s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                % (s["requests"], s["errors"], {k: v for k, v in s["statuses"].items() if k != 200} or "",
                   s["p50"], s["p90"], s["p99"], s["max"]))


class OrdinaryUsers:
    """connections keep-alive connections from 127.0.0.1 asking the public questions.

    Each connection plays visitors one after the other: 2 to 6 questions under a fresh session id on a new
    keep-alive connection (so a bot that accepts no connections fails them). rate is the total
    requests per second aimed at over all connections (0: as fast as the bot answers). A request that is not
    answered with 200 within timeout seconds is an error.
    """

    def __init__(self, port, connections=16, rate=0.0, timeout=10, source="127.0.0.1"):
        self.port = port
        self.connections = connections
        self.interval = connections / rate if rate > 0 else 0.0
        self.timeout = timeout
        self.source = source
        self.recorder = Recorder()
        self._stop = threading.Event()
        self._threads = []
        self._questions = questions()

    def start(self):
        for i in range(self.connections):
            thread = threading.Thread(target=self._run, args=(i,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _run(self, i):
        rng = random.Random(i)
        client = Client(self.port, self.source, self.timeout)
        left = 0
        session = None
        next_at = time.monotonic() + rng.random() * self.interval
        while not self._stop.is_set():
            if self.interval:
                delay = next_at - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    break
                next_at = max(next_at + self.interval, time.monotonic() - self.interval)
            if left == 0:
                # A new visitor: a new conversation on a new connection.
                client.close()
                session, left = str(uuid.uuid4()), rng.randint(2, 6)
            left -= 1
            status, _, _, seconds = client.chat(rng.choice(self._questions), session)
            self.recorder.add(status, seconds)
        client.close()

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            for thread in self._threads:
                thread.join(self.timeout + 2)
        return self.recorder


class Prober:
    """One ordinary question per interval on a new connection from 127.0.0.1: is anyone else answered?"""

    def __init__(self, port, interval=1.0, timeout=5):
        self.port = port
        self.interval = interval
        self.timeout = timeout
        self.recorder = Recorder()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            client = Client(self.port, "127.0.0.1", self.timeout)
            status, _, _, seconds = client.chat("¿Quién organizó la revisión regional?", str(uuid.uuid4()))
            client.close()
            self.recorder.add(status, seconds)
            self._stop.wait(max(0.0, self.interval - seconds))

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            self._thread.join(self.timeout + 2)
        return self.recorder


def send_big_body(port, source, path, total, headers, body_prefix=b"", filler=b"a", body_suffix=b"", timeout=120):
    """Sends one request with a Content-Length of total bytes, as fast as the bot reads it.

    Gives the bot 0.3 s after the headers to answer at once (as a check of the declared length does), then
    sends the body; stops sending when the bot answers or closes. Returns a dict with status (0 if none),
    seconds until the answer, bytes sent by then, early (answered or closed before the whole body was sent)
    and error (the exception text, if any). The body is body_prefix, filler repeated, then body_suffix: never
    held whole in this process.
    """
    start = time.monotonic()
    sent = 0
    error = ""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0))
    try:
        head = "POST %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Length: %d\r\n" % (path, port, total)
        head += "".join("%s: %s\r\n" % h for h in headers) + "Connection: close\r\n\r\n"
        sock.sendall(head.encode())
        block = (filler * (65536 // len(filler) + 1))[:65536]
        answered = bool(select.select([sock], [], [], 0.3)[0])
        chunk = b""
        while not answered and sent < total and time.monotonic() - start < timeout:
            if select.select([sock], [], [], 0)[0]:
                answered = True
                break
            if not chunk:
                left = total - sent
                if sent < len(body_prefix):
                    chunk = body_prefix[sent:sent + 65536]
                elif left <= len(body_suffix):
                    chunk = body_suffix[len(body_suffix) - left:]
                else:
                    chunk = block[:min(65536, left - len(body_suffix))]
            try:
                if select.select([], [sock], [], 1.0)[1]:
                    n = sock.send(chunk)
                    sent += n
                    chunk = chunk[n:]
            except OSError as ex:
                error = type(ex).__name__
                break
        status = 0
        reply = b""
        sock.settimeout(max(1.0, timeout - (time.monotonic() - start)))
        try:
            while b"\r\n" not in reply:
                data = sock.recv(4096)
                if not data:
                    break
                reply += data
            if reply.startswith(b"HTTP/1."):
                status = int(reply.split()[1])
        except OSError as ex:
            error = error or type(ex).__name__
        seconds = time.monotonic() - start
        return {"status": status, "seconds": seconds, "sent": sent, "error": error,
                "early": answered or sent < total}
    finally:
        sock.close()
