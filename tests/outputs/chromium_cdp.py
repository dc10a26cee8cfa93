"""A small headless-Chromium driver over the DevTools protocol (CDP) on a pipe:
no extra package, only a chromium binary (Debian's ``chromium``).

    with Browser() as b:
        b.open(Path("graph.html").as_uri(), width=1400, height=900)
        b.wait_for("document.body.dataset.ready === '1'")
        print(b.eval("document.title"))
        b.screenshot(Path("shot.png"))

Chromium reads commands from file descriptor 3 and writes answers to 4, each a
JSON message ended by a NUL byte (``--remote-debugging-pipe``). The browser
runs with the network off: every host resolves to nothing and no proxy is
reachable (unless ``loopback``: then 127.0.0.1 is), so a page that tried to load
anything from the internet would fail.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio"]
NO_NETWORK = ["--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
LOOPBACK_ONLY = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


class CDPError(RuntimeError):
    pass


class Browser:
    def __init__(self, binary: str | None = None, timeout: float = 60.0, loopback: bool = False):
        """``loopback``: let pages reach servers on 127.0.0.1 (for a page a local server serves)."""
        self.binary = binary or CHROMIUM
        if not self.binary:
            raise CDPError("chromium not found on PATH (apt-get install chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="policykg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        devnull = os.open(os.devnull, os.O_RDWR)
        actions = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2),
                   (os.POSIX_SPAWN_DUP2, to_chrome_r, 3), (os.POSIX_SPAWN_DUP2, from_chrome_w, 4)]
        args = [self.binary, *FLAGS, *(LOOPBACK_ONLY if loopback else NO_NETWORK), f"--user-data-dir={self.profile}",
                "--remote-debugging-pipe", "about:blank"]
        self.pid = os.posix_spawn(self.binary, args, os.environ, file_actions=actions, setsid=True)
        for fd in (to_chrome_r, from_chrome_w, devnull):
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.session = ""
        self.events: list[dict] = []

    # ---- protocol
    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next += 1
        msg: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        sid = self.session if session is None else session
        if sid:
            msg["sessionId"] = sid
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if "method" in reply:
                self.events.append(reply)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise CDPError("chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise CDPError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    # ---- pages
    def open(self, url: str, width: int = 1400, height: int = 900, scale: float = 1.0) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session="")["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session="")["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")
        self.send("Page.navigate", {"url": url})

    def eval(self, expression: str) -> Any:
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise CDPError(f"{expression[:80]}: {r['exceptionDetails'].get('exception', {}).get('description', r['exceptionDetails'])}")
        return r.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> float:
        """Seconds until ``expression`` is true in the page."""
        start = time.monotonic()
        while time.monotonic() - start < (timeout or self.timeout):
            try:
                if self.eval(f"Boolean({expression})"):
                    return time.monotonic() - start
            except CDPError:
                pass
            time.sleep(0.05)
        raise CDPError(f"timed out waiting for {expression}")

    def requests(self) -> list[str]:
        """The URLs the page asked for so far."""
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def console_errors(self) -> list[str]:
        """Uncaught exceptions and console.error messages so far."""
        out = [e["params"]["exceptionDetails"].get("text", "") + " " + str(e["params"]["exceptionDetails"].get("exception", {}).get("description", ""))
               for e in self.events if e.get("method") == "Runtime.exceptionThrown"]
        out += [" ".join(str(a.get("value", a.get("description", ""))) for a in e["params"].get("args", []))
                for e in self.events if e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") == "error"]
        return out

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    # ---- lifetime
    def close(self) -> None:
        try:
            os.write(self._to_chrome, json.dumps({"id": self._next + 1, "method": "Browser.close"}).encode() + b"\0")
        except OSError:
            pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.05)
        else:
            os.killpg(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
