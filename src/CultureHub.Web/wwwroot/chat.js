// The CultureHub web chat: plain JavaScript, no build step. Everything shown is set with
// textContent, never innerHTML, so nothing a member typed can run as markup.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");

  function userId() {
    let id = localStorage.getItem("culturehub.user");
    if (!id) {
      id = "web-" + (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
      localStorage.setItem("culturehub.user", id);
    }
    return id;
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

  // Messages wait here, in order, until the server has answered them: a restart of the bot or a
  // dropped connection delays a message but never loses it.
  const outbox = [];
  let isSending = false;

  function send(payload) {
    payload.user = userId();
    payload.language = navigator.language;
    outbox.push(payload);
    flush();
  }

  async function flush() {
    if (isSending) {
      return;
    }
    isSending = true;
    while (outbox.length) {
      status.textContent = "…";
      try {
        const response = await fetch("/api/chat", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(outbox[0]),
        });
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
        await new Promise(function (resolve) { setTimeout(resolve, 3000); });
      }
    }
    isSending = false;
  }

  async function poll() {
    try {
      const response = await fetch("/api/chat/inbox?user=" + encodeURIComponent(userId()));
      if (response.ok) {
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

  send({ text: "/start" });
  setInterval(poll, 4000);
})();
