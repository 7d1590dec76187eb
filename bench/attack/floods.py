"""The attacks of issue 11, each bounded in count and time, from loopback addresses other than 127.0.0.1.

Each flood is a class with start(), stop() and lines() so that run.py can run it alone and mixed.py can run
them all at once; the one-shot attacks (big bodies, X-Forwarded-For, replayed update) are functions.
"""
import errno
import json
import random
import selectors
import socket
import threading
import time
import uuid

import botproc
import net


class ChatFlood:
    """Chat requests with a new session id each and a random-word message of about chars characters.

    From the addresses 127.0.BLOCK.1-254 (the first `addresses` of them; a keep-alive connection each), so the
    per-address limit of one address is not what stops it; workers threads; at most rate requests per second
    in all (0: unpaced); stops after total requests or when stopped. Counts the answers that were fallbacks
    ("answered": false).
    """

    def __init__(self, port, block, total, rate=0.0, chars=1000, workers=8, name="flood", addresses=254):
        self.port, self.block, self.total, self.chars = port, block, total, chars
        self.addresses = [net.address(block, n) for n in range(1, min(254, max(1, addresses)) + 1)]
        self.workers, self.name = workers, name
        self.interval = workers / rate if rate > 0 else 0.0
        self.recorder = net.Recorder()
        self.fallbacks = 0
        self._sent = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = []

    def start(self):
        for w in range(self.workers):
            thread = threading.Thread(target=self._run, args=(w,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _take(self):
        with self._lock:
            if self._sent >= self.total:
                return False
            self._sent += 1
            return True

    def _run(self, w):
        rng = random.Random(1000 + w + 100 * self.block)
        mine = [a for i, a in enumerate(self.addresses) if i % self.workers == w % len(self.addresses)]
        clients = [net.Client(self.port, source, 15) for source in mine]
        i = 0
        next_at = time.monotonic()
        while not self._stop.is_set() and self._take():
            if self.interval:
                delay = next_at - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    break
                next_at = max(next_at + self.interval, time.monotonic() - self.interval)
            client = clients[i % len(clients)]
            i += 1
            status, body, _, seconds = client.chat(net.random_words(self.chars, rng), str(uuid.uuid4()))
            self.recorder.add(status, seconds)
            if status == 200 and b'"answered":false' in body:
                with self._lock:
                    self.fallbacks += 1
        for client in clients:
            client.close()

    def done(self):
        return all(not t.is_alive() for t in self._threads)

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            for thread in self._threads:
                thread.join(20)
        return self

    def lines(self):
        s = self.recorder.summary()
        seconds = max(1e-9, (self.recorder.records[-1][0] if self.recorder.records else 0))
        return ["%s: %d requests of %d random-word characters from %d address(es) in %.0f s (%.1f/s): %d answered"
                " 200 (%d of them fallbacks), statuses %s; p50 %.0f ms, p99 %.0f ms"
                % (self.name, s["requests"], self.chars, len(self.addresses), seconds, s["requests"] / seconds,
                   s["ok"], self.fallbacks, s["statuses"], s["p50"], s["p99"])]


class Expensive:
    """One thread per address in sources asking chars-character random-word questions back to back.

    A 429 makes that address wait the Retry-After the bot gives (at most 60 s): each address runs at its limit.
    """

    def __init__(self, port, sources, chars=1000, name="expensive"):
        self.port, self.sources, self.chars, self.name = port, sources, chars, name
        self.recorder = net.Recorder()
        self._stop = threading.Event()
        self._threads = []

    def start(self):
        for i, source in enumerate(self.sources):
            thread = threading.Thread(target=self._run, args=(i, source), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _run(self, i, source):
        rng = random.Random(500 + i)
        client = net.Client(self.port, source, 30)
        while not self._stop.is_set():
            status, _, response, seconds = client.chat(net.random_words(self.chars, rng), str(uuid.uuid4()))
            self.recorder.add(status, seconds)
            if status == 429:
                wait = 1.0
                try:
                    wait = float(response.getheader("Retry-After") or 1)
                except (TypeError, ValueError):
                    pass
                self._stop.wait(min(60.0, max(0.2, wait)))
            elif status == 0:
                self._stop.wait(1.0)
        client.close()

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            for thread in self._threads:
                thread.join(35)
        return self

    def lines(self):
        s = self.recorder.summary()
        return ["%s: %d addresses sent %d questions of %d characters: %d answered 200, statuses %s; their p50 %.0f ms"
                % (self.name, len(self.sources), s["requests"], self.chars, s["ok"], s["statuses"], s["p50"])]


class SlowSockets:
    """count sockets trickling a request one byte every interval seconds, never finishing it.

    mode "body": complete headers with Content-Length: 100, then the body a byte at a time (slow body);
    mode "headers": the request line and headers a byte at a time, never the blank line (slow headers).
    Sockets come from the addresses in sources in turn. A socket the bot closes is opened again, at most
    reopen_per_second a second and max_opened in all, so the attack keeps count sockets open while it lasts.
    """

    def __init__(self, port, sources, count, mode, interval=3.0, reopen_per_second=20, max_opened=None, name=None):
        self.port, self.sources, self.count, self.mode, self.interval = port, sources, count, mode, interval
        self.reopen_per_second = reopen_per_second
        self.max_opened = max_opened if max_opened is not None else count * 4
        self.name = name or "slow " + mode
        self.opened = self.connect_failed = self.closed_by_bot = 0
        self.statuses = {}
        self.max_established = 0
        self.established_series = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        path = "/api/chat"
        if mode == "body":
            self.head = ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: 100\r\n\r\n" % path).encode()
            self.trickle = b'{"message":"' + b"a" * 87
        else:
            self.head = b""
            self.trickle = ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Padding: %s"
                            % (path, "a" * 4000)).encode()

    def start(self):
        self.t0 = time.monotonic()
        self._thread.start()
        return self

    def _open(self, selector, state):
        source = self.sources[self.opened % len(self.sources)]
        self.opened += 1
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.setblocking(False)
            sock.bind((source, 0))
            code = sock.connect_ex(("127.0.0.1", self.port))
        except OSError:
            sock.close()
            self.connect_failed += 1
            return
        if code not in (0, errno.EINPROGRESS):
            sock.close()
            self.connect_failed += 1
            return
        state[sock] = {"sent": 0, "connected": code == 0, "since": time.monotonic()}
        selector.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)

    def _close(self, selector, state, sock, by_bot):
        selector.unregister(sock)
        info = state.pop(sock)
        sock.close()
        if by_bot:
            if info["connected"]:
                self.closed_by_bot += 1
            else:
                self.connect_failed += 1

    def _run(self):
        selector = selectors.DefaultSelector()
        state = {}
        next_tick = time.monotonic()
        budget = float(self.count)
        last = time.monotonic()
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                budget = min(float(self.count), budget + (now - last) * self.reopen_per_second)
                last = now
                while len(state) < self.count and budget >= 1 and self.opened < self.max_opened:
                    budget -= 1
                    self._open(selector, state)
                for key, events in selector.select(timeout=0.2):
                    sock = key.fileobj
                    info = state.get(sock)
                    if info is None:
                        continue
                    if events & selectors.EVENT_WRITE and not info["connected"]:
                        if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
                            self._close(selector, state, sock, True)
                            continue
                        info["connected"] = True
                        selector.modify(sock, selectors.EVENT_READ)
                        try:
                            sock.send(self.head + self.trickle[:1])
                            info["sent"] = 1
                        except OSError:
                            self._close(selector, state, sock, True)
                        continue
                    if events & selectors.EVENT_READ:
                        try:
                            data = sock.recv(4096)
                        except OSError:
                            data = b""
                        if data.startswith(b"HTTP/1."):
                            status = int(data.split()[1])
                            self.statuses[status] = self.statuses.get(status, 0) + 1
                        self._close(selector, state, sock, True)
                if time.monotonic() >= next_tick:
                    next_tick += self.interval
                    established = 0
                    for sock, info in list(state.items()):
                        if not info["connected"]:
                            continue
                        established += 1
                        if info["sent"] < len(self.trickle):
                            try:
                                sock.send(self.trickle[info["sent"]:info["sent"] + 1])
                                info["sent"] += 1
                            except BlockingIOError:
                                pass
                            except OSError:
                                self._close(selector, state, sock, True)
                    self.max_established = max(self.max_established, established)
                    self.established_series.append((time.monotonic() - self.t0, established))
        finally:
            for sock in list(state):
                selector.unregister(sock)
                sock.close()
            selector.close()

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            self._thread.join(10)
        return self

    def lines(self):
        step = max(1, len(self.established_series) // 8)
        series = ", ".join("%.0fs %d" % p for p in self.established_series[::step])
        return ["%s: %d sockets from %d address(es), a byte every %.0f s: opened %d, connect failed %d, closed by the"
                " bot %d, answers %s; most open at once %d (open over time: %s)"
                % (self.name, self.count, len(self.sources), self.interval, self.opened, self.connect_failed,
                   self.closed_by_bot, self.statuses or "none", self.max_established, series)]


def big_body_items(staff=True):
    """The large bodies of issue 11 item 2: (label, path, bytes, headers, prefix, suffix, expected statuses).

    The JSON bodies are valid JSON (one long string), so a bot that reads them whole also parses them.
    """
    json_type = ("Content-Type", "application/json")
    zip_type = ("Content-Type", "application/zip")
    items = [
        ("19 MB /api/chat (control)", "/api/chat", 19 * 2 ** 20, [json_type], b'{"message":"', b'"}', (413,)),
        ("19 MB /api/%63hat", "/api/%63hat", 19 * 2 ** 20, [json_type], b'{"message":"', b'"}', (413,)),
        ("60 MB /%74elegram/webhook, wrong secret", "/%74elegram/webhook", 60 * 2 ** 20,
         [json_type, ("X-Telegram-Bot-Api-Secret-Token", "not-the-secret")],
         b'{"update_id":1,"message":{"text":"', b'"}}', (401, 403, 413)),
        ("100 MB raw zip /api/admin/corpus, wrong token", "/api/admin/corpus", 100 * 2 ** 20,
         # Refused either way before a byte is read: the size cap (413) runs before the token check.
         [zip_type, ("Authorization", "Bearer " + "x" * 40)], b"PK\x03\x04", b"", (401, 403, 413)),
    ]
    if staff:
        items.append(("100 MB raw zip /api/admin/corpus, staff token", "/api/admin/corpus", 100 * 2 ** 20,
                      [zip_type, ("Authorization", "Bearer " + botproc.ADMIN_TOKEN)], b"PK\x03\x04", b"", (413,)))
    return items


def big_body(port, item, source="127.0.0.7", timeout=120):
    """Sends one big body; returns the net.send_big_body dict plus label and ok: the expected status, given
    before the whole body was sent (a bot that reads it all first fails even when its status is right)."""
    label, path, size, headers, prefix, suffix, expected = item
    try:
        result = net.send_big_body(port, source, path, size, headers, body_prefix=prefix,
                                   filler=b"\0" if prefix.startswith(b"PK") else b"a", body_suffix=suffix,
                                   timeout=timeout)
    except OSError as ex:  # the bot accepts no connection (or is gone)
        result = {"status": 0, "seconds": 0.0, "sent": 0, "error": "connect: " + type(ex).__name__, "early": False}
    result.update(label=label, expected=expected, ok=result["status"] in expected and result["early"])
    return result


def big_body_line(r):
    return ("%s: %s in %.2f s after %.1f MB of the body sent%s%s" % (
        r["label"], r["status"] or "no answer", r["seconds"], r["sent"] / 2 ** 20,
        " (" + r["error"] + ")" if r["error"] else "",
        "" if r["ok"] else "  <-- expected %s before the whole body" % (r["expected"],)))


def xff_spoof(port, count, variant):
    """count chat requests from 127.0.0.1, a trusted proxy, each in a new session, with X-Forwarded-For:

    "two-lines": the client's own line (a new made-up address each time) then the proxy's line naming the real
    client, as HAProxy's option forwardfor adds it; "one-line": both joined in one line (the control);
    "ipv6-64": the proxy's line names a different address of one IPv6 /64 each time.
    Returns (answered 200, refused 429, other, seconds).
    """
    client = net.Client(port, "127.0.0.1", 10)
    rng = random.Random(7)
    counts = {200: 0, 429: 0, "other": 0}
    start = time.monotonic()
    for i in range(count):
        spoof = "198.51.100.%d" % rng.randint(1, 254)
        if variant == "two-lines":
            headers = (("X-Forwarded-For", spoof), ("X-Forwarded-For", "203.0.113.7"))
        elif variant == "one-line":
            headers = (("X-Forwarded-For", spoof + ", 203.0.113.8"),)
        else:
            headers = (("X-Forwarded-For", "2001:db8:aa:bb::%x" % (i + 1)),)
        status, _, _, _ = client.chat("¿Quién organizó la revisión regional?", str(uuid.uuid4()), headers)
        counts[status if status in counts else "other"] += 1
    client.close()
    return counts[200], counts[429], counts["other"], time.monotonic() - start


def replay_update(port, fake, update_id, chat_id, times=3, wait=10.0):
    """Posts one Telegram update times times with the right secret; returns (statuses, replies to the chat)."""
    update = {"update_id": update_id, "message": {
        "message_id": update_id % 100000, "date": 1700000000, "chat": {"id": chat_id, "type": "private"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ana", "language_code": "es"},
        "text": "¿Quién organizó la revisión regional?"}}
    client = net.Client(port, "127.0.0.1", 10)
    statuses = []
    for _ in range(times):
        status, _, _, _ = client.request("POST", "/telegram/webhook", json.dumps(update), (
            ("Content-Type", "application/json"), ("X-Telegram-Bot-Api-Secret-Token", botproc.WEBHOOK_SECRET)))
        statuses.append(status)
    client.close()
    end = time.monotonic() + wait
    while time.monotonic() < end and fake.sent_to(chat_id) < 1:
        time.sleep(0.2)
    time.sleep(min(3.0, max(0.0, end - time.monotonic())))
    return statuses, fake.sent_to(chat_id)
