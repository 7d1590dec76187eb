"""Starts, watches and stops the packaged bot for the attack bench; serves a fake Telegram Bot API.

Everything listens on and connects to 127.0.0.1 only. The bot runs from the repository root (so it reads
config/application.yml, as in production) with an H2 file database in a fresh directory under /tmp, never data/.
"""
import http.client
import http.server
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Secrets for this throw-away instance only; long enough for the start-up checks of issue 11 (>= 32 and >= 16).
ADMIN_TOKEN = os.environ.get("CHATBOT_ADMIN_TOKEN", "attack-bench-admin-token-0123456789abcdef")
WEBHOOK_SECRET = "attack-bench-webhook-secret-42"
BOT_TOKEN = "123456:attack-bench-token"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def env(name, default):
    """A setting from the environment, converted to the type of its default."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return type(default)(value)


class FakeBotApi:
    """A Bot API on 127.0.0.1 that says yes to everything and counts sendMessage calls per chat id."""

    def __init__(self):
        self.sent = {}
        self.calls = {}
        self.lock = threading.Lock()
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                self._answer()

            def do_GET(self):
                self._answer()

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                method = self.path.rsplit("/", 1)[-1].split("?")[0].lower()
                result = fake.call(method, body)
                data = json.dumps({"ok": True, "result": result}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]

    def call(self, method, body):
        with self.lock:
            self.calls[method] = self.calls.get(method, 0) + 1
        if method == "getme":
            return {"id": 4242, "is_bot": True, "first_name": "Review", "username": "review_bot"}
        if method == "getupdates":
            time.sleep(0.3)
            return []
        if method == "sendmessage":
            try:
                request = json.loads(body or b"{}")
            except ValueError:
                request = {}
            chat = str(request.get("chat_id"))
            with self.lock:
                self.sent[chat] = self.sent.get(chat, 0) + 1
            return {"message_id": 1000 + self.calls[method], "date": 1700000000,
                    "chat": {"id": request.get("chat_id"), "type": "private"}, "text": request.get("text", "")}
        return True

    def sent_to(self, chat_id):
        with self.lock:
            return self.sent.get(str(chat_id), 0)

    def close(self):
        self.server.shutdown()


class Bot:
    """One bot process: started with start(), watched with rss_kb() and friends, ended with stop()."""

    def __init__(self, port, java_opts=None, telegram=None, app_args=None, jar=None):
        self.port = port
        self.jar = jar or env("JAR", "bot/target/bot.jar")
        self.java_opts = java_opts if java_opts is not None else env(
            "JAVA_OPTS", "-Xmx256m -XX:+ExitOnOutOfMemoryError").split()
        self.telegram = telegram
        self.app_args = (app_args or []) + env("APP_ARGS", "").split()
        self.proc = None
        self.dir = None
        self.log_path = None
        self.started_at = None

    def start(self, timeout=240):
        """Starts the jar and waits until it answers a question; raises RuntimeError if it never does."""
        if not os.path.isfile(os.path.join(ROOT, self.jar)):
            raise RuntimeError("no %s: build it with ./mvnw -B -q -o -DskipTests -Dcds.skip=true package" % self.jar)
        if self._port_in_use():
            raise RuntimeError("something already listens on 127.0.0.1:%d; pass another port" % self.port)
        self.dir = tempfile.mkdtemp(prefix="attack-bot-")
        self.log_path = os.path.join(self.dir, "bot.log")
        url = "jdbc:h2:file:%s/chatbot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" % self.dir
        cmd = ["java"] + self.java_opts + ["-jar", self.jar, "--server.port=%d" % self.port,
                                           "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                                           "--chatbot.publishing.measure-golden-at-start=false"] + self.app_args
        environment = dict(os.environ, CHATBOT_ADMIN_TOKEN=ADMIN_TOKEN)
        for key in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_MODE", "TELEGRAM_WEBHOOK_URL",
                    "TELEGRAM_WEBHOOK_SECRET"):
            environment.pop(key, None)
        if self.telegram is not None:
            environment.update(TELEGRAM_BOT_TOKEN=BOT_TOKEN, TELEGRAM_API_URL=self.telegram.url,
                               TELEGRAM_MODE="webhook", TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram/webhook",
                               TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET)
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL)
        begin = time.monotonic()
        while time.monotonic() - begin < timeout:
            if not self.alive():
                raise RuntimeError("the bot exited during start-up (rc %s); log %s:\n%s"
                                   % (self.proc.returncode, self.log_path, self.log_tail()))
            if self.answers(timeout=5):
                self.started_at = time.monotonic()
                return time.monotonic() - begin
            time.sleep(0.5)
        raise RuntimeError("the bot did not answer within %d s; log %s" % (timeout, self.log_path))

    def _port_in_use(self):
        try:
            http.client.HTTPConnection("127.0.0.1", self.port, timeout=1).connect()
            return True
        except OSError:
            return False

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def answers(self, timeout=10):
        """Whether an ordinary question from 127.0.0.1 gets a 200 within timeout seconds."""
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
            body = json.dumps({"sessionId": str(uuid.uuid4()), "message": "Hola"})
            conn.request("POST", "/api/chat", body, {"Content-Type": "application/json"})
            status = conn.getresponse().status
            conn.close()
            return status == 200
        except OSError:
            return False

    def rss_kb(self):
        """VmRSS of the process in KiB, or None once it is gone."""
        try:
            with open("/proc/%d/status" % self.pid) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def cpu_seconds(self):
        """User + system CPU seconds used by the process so far, or None once it is gone."""
        try:
            with open("/proc/%d/stat" % self.pid) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / CLK_TCK
        except (OSError, IndexError, ValueError):
            return None

    def metric(self, name, tag=None, timeout=3):
        """A Micrometer value from /actuator/metrics (admin token), or None when not answered in time."""
        path = "/actuator/metrics/" + name + ("?tag=" + tag if tag else "")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
            conn.request("GET", path, headers={"Authorization": "Bearer " + ADMIN_TOKEN})
            response = conn.getresponse()
            data = response.read()
            conn.close()
            if response.status != 200:
                return None
            return json.loads(data)["measurements"][0]["value"]
        except (OSError, ValueError, KeyError, IndexError):
            return None

    def heap_after_full_gc(self):
        """Heap used in bytes right after a full GC forced with jcmd (what the heap really holds), or None."""
        try:
            subprocess.run(["jcmd", str(self.pid), "GC.run"], capture_output=True, timeout=60, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        return self.metric("jvm.memory.used", "area:heap", timeout=10)

    def db_bytes(self):
        """Size of the H2 database files in bytes."""
        total = 0
        for name in os.listdir(self.dir):
            if name.startswith("chatbot"):
                total += os.path.getsize(os.path.join(self.dir, name))
        return total

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as log:
                return log.read()
        except OSError:
            return ""

    def log_tail(self, lines=15):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def oom_in_log(self):
        return "OutOfMemoryError" in self.log_text()

    def stop(self, keep=None):
        """Stops the process (TERM, then KILL after 30 s); keeps its directory if keep or KEEP=1."""
        if self.proc is not None and self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        keep = env("KEEP", 0) == 1 if keep is None else keep
        if self.dir and not keep:
            shutil.rmtree(self.dir, ignore_errors=True)


class Sampler:
    """Samples RSS, CPU and heap of a bot every interval seconds on a thread of its own."""

    def __init__(self, bot, interval=2.0, heap=True):
        self.bot = bot
        self.interval = interval
        self.heap = heap
        self.samples = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.t0 = time.monotonic()

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            t = time.monotonic() - self.t0
            rss = self.bot.rss_kb()
            cpu = self.bot.cpu_seconds()
            live = used = None
            if self.heap and rss is not None:
                live = self.bot.metric("jvm.gc.live.data.size", timeout=2)
                used = self.bot.metric("jvm.memory.used", "area:heap", timeout=2)
            self.samples.append((t, rss, cpu, live, used))
            self._stop.wait(self.interval)

    def stop(self):
        self._stop.set()
        self._thread.join(10)
        return self

    def cpu_cores(self, start, end):
        """Mean cores used by the bot between two sample times (seconds since the sampler started)."""
        inside = [s for s in self.samples if start <= s[0] <= end and s[2] is not None]
        if len(inside) < 2 or inside[-1][0] == inside[0][0]:
            return None
        return (inside[-1][2] - inside[0][2]) / (inside[-1][0] - inside[0][0])

    def report(self, rows=12):
        """Lines describing RSS (MiB) and live heap after GC (MiB) over time, and whether RSS stayed flat."""
        good = [s for s in self.samples if s[1] is not None]
        if not good:
            return ["RSS: no samples (the process was gone)"]
        mib = lambda kb: kb / 1024
        step = max(1, len(good) // rows)
        series = []
        for s in good[::step] + ([good[-1]] if (len(good) - 1) % step else []):
            live = "-" if s[3] is None else "%.0f" % (s[3] / 2 ** 20)
            used = "-" if s[4] is None else "%.0f" % (s[4] / 2 ** 20)
            series.append("%4.0fs %4.0f/%s/%s" % (s[0], mib(s[1]), live, used))
        half = good[len(good) // 2:]
        first = good[:max(1, len(good) // 4)]
        lines = ["RSS MiB over time (t rss/live-after-GC/heap-used): " + ", ".join(series),
                 "RSS MiB: start %.0f, max %.0f, end %.0f; max of the first quarter %.0f, growth over the second"
                 " half %+.0f" % (mib(good[0][1]), mib(max(s[1] for s in good)), mib(good[-1][1]),
                                  mib(max(s[1] for s in first)), mib(half[-1][1] - half[0][1]))]
        lives = [s[3] for s in good if s[3] is not None]
        if lives:
            lines.append("live heap after GC MiB: max %.0f, end %.0f" % (max(lives) / 2 ** 20, lives[-1] / 2 ** 20))
        return lines

    def rss_growth_second_half_mib(self):
        good = [s for s in self.samples if s[1] is not None]
        half = good[len(good) // 2:]
        return (half[-1][1] - half[0][1]) / 1024 if len(half) >= 2 else 0.0
