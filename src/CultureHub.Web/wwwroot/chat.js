// The CultureHub web chat: plain JavaScript, no build step. Everything shown is set with
// textContent, never innerHTML, so nothing a member typed can run as markup.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");

  // Who this browser is lives in an HttpOnly cookie the server sets: the page never sees or sends
  // an id, so nothing here can claim to be someone else.
  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function add(kind, text) {
    const item = document.createElement("li");
    item.className = "msg " + kind;
    const body = document.createElement("p");
    body.textContent = text;
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function showReply(reply) {
    const item = add("bot", reply.text);
    if (reply.attachment) {
      const link = document.createElement("a");
      link.textContent = "⬇ " + reply.attachment.fileName;
      link.download = reply.attachment.fileName;
      link.href = "data:" + reply.attachment.contentType + ";base64," + reply.attachment.base64;
      item.appendChild(link);
    }
    if (reply.buttons && reply.buttons.length) {
      const group = document.createElement("div");
      group.className = "buttons";
      group.setAttribute("role", "group");
      reply.buttons.forEach(function (b, i) {
        if (b.startsRow && i > 0) {
          const rowBreak = document.createElement("span");
          rowBreak.className = "row-break";
          group.appendChild(rowBreak);
        }
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = b.label;
        button.addEventListener("click", function () {
          add("me", b.label);
          send({ button: b.id });
        });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
  }

  // Messages wait here, in order, until the server has answered them: a restart of the bot, a
  // dropped connection or "too many requests" (429) delays a message but never loses it.
  const outbox = [];
  let isSending = false;
  let quietUntil = 0; // after a 429 nothing is sent before the server's Retry-After, polls included

  function send(payload) {
    payload.language = navigator.language;
    outbox.push({ url: "/api/chat", body: payload });
    flush();
  }

  // A link from /device on another device: #device=TOKEN. Redeemed before anything else is sent,
  // and removed from the address bar so it stays in no history or bookmark.
  function queueDeviceLink() {
    const match = /^#device=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (match) {
      history.replaceState(null, "", location.pathname);
      outbox.push({ url: "/api/chat/device", body: { token: match[1], language: navigator.language } });
    }
  }

  async function flush() {
    if (isSending) {
      return;
    }
    isSending = true;
    while (outbox.length) {
      status.textContent = "…";
      try {
        const response = await fetch(outbox[0].url, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(outbox[0].body),
        });
        if (response.status === 429) {
          const seconds = Number(response.headers.get("Retry-After")) || 5;
          quietUntil = Date.now() + seconds * 1000;
          status.textContent = "Einen Moment – ich schicke es in " + seconds + " s. / One moment – sending in " + seconds + " s.";
          await wait(seconds * 1000);
          continue;
        }
        const data = await response.json();
        if (!response.ok) {
          add("error", data.error || "Fehler / Error");
        } else {
          data.replies.forEach(showReply);
        }
        outbox.shift();
        status.textContent = "";
      } catch (e) {
        status.textContent = "Keine Verbindung – ich versuche es gleich noch einmal. / No connection – retrying shortly.";
        await wait(3000);
      }
    }
    isSending = false;
  }

  async function poll() {
    if (isSending || Date.now() < quietUntil) {
      return;
    }
    try {
      const response = await fetch("/api/chat/inbox", { credentials: "same-origin" });
      if (response.status === 429) {
        quietUntil = Date.now() + (Number(response.headers.get("Retry-After")) || 5) * 1000;
      } else if (response.ok) {
        (await response.json()).replies.forEach(showReply);
      }
    } catch (e) {
      // The next poll tries again.
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) {
      return;
    }
    add("me", text);
    input.value = "";
    send({ text: text });
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  queueDeviceLink();
  send({ text: "/start" });
  setInterval(poll, 4000);
})();
