// The class dashboard: the table from /api/v1/stream, live. Names are always set as text.
"use strict";
(function () {
  const ja = (navigator.language || "").startsWith("ja");
  const words = ja
    ? { name: "名前", live: "接続中", lost: "切断、再接続中…", noToken: "リンクに教師のトークンがありません", fails: "失敗", hints: "ヒント", solutions: "解答", min: "分" }
    : { name: "Name", live: "live", lost: "disconnected, reconnecting…", noToken: "the link has no teacher token", fails: "failed", hints: "hints", solutions: "solutions", min: "min" };
  const STUCK_MINUTES = 10;
  let lessons = [];
  const rows = new Map();

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function drawHead() {
    const head = document.querySelector("#table thead");
    head.replaceChildren();
    const tr = document.createElement("tr");
    tr.append(cell("th", words.name));
    for (const lesson of lessons) for (const step of lesson.steps) tr.append(cell("th", lesson.id + " / " + step));
    head.append(tr);
  }

  function drawRow(row) {
    const tr = document.createElement("tr");
    tr.id = "learner-" + row.learner;
    if (row.left) tr.className = "left";
    tr.append(cell("td", row.name));
    for (const lesson of lessons) {
      const state = row.lessons[lesson.id];
      for (const step of lesson.steps) {
        if (state && state.done && state.done.includes(step)) {
          tr.append(cell("td", "✓", "done"));
        } else if (state && state.current === step) {
          const minutes = Math.floor((Date.now() - Date.parse(state.since)) / 60000);
          if (minutes >= STUCK_MINUTES) tr.classList.add("stuck");
          let text = minutes + " " + words.min;
          if (state.failedChecks) text += " · " + words.fails + " " + state.failedChecks;
          if (state.hints) text += " · " + words.hints + " " + state.hints;
          if (state.solutions) text += " · " + words.solutions + " " + state.solutions;
          const td = cell("td", text, "current");
          if (state.lastFailure) td.append(document.createElement("br"), document.createTextNode(state.lastFailure));
          td.dataset.step = step;
          tr.append(td);
        } else {
          tr.append(cell("td", ""));
        }
      }
    }
    const old = document.getElementById(tr.id);
    if (old) old.replaceWith(tr); else document.querySelector("#table tbody").append(tr);
  }

  function drawAll() {
    drawHead();
    document.querySelector("#table tbody").replaceChildren();
    for (const row of rows.values()) drawRow(row);
  }

  function knowSteps(row) {
    let changed = false;
    for (const [id, state] of Object.entries(row.lessons)) {
      let lesson = lessons.find((l) => l.id === id);
      if (!lesson) { lesson = { id: id, steps: [] }; lessons.push(lesson); changed = true; }
      for (const step of [...(state.done || []), state.current].filter(Boolean)) {
        if (!lesson.steps.includes(step)) { lesson.steps.push(step); changed = true; }
      }
    }
    return changed;
  }

  function listen() {
    const state = document.getElementById("state");
    const source = new EventSource("/api/v1/stream");
    source.addEventListener("open", () => { state.textContent = words.live; });
    source.addEventListener("error", () => { state.textContent = words.lost; });
    source.addEventListener("table", (message) => {
      const table = JSON.parse(message.data);
      document.getElementById("class").textContent = table.class;
      document.title = table.class;
      lessons = table.lessons;
      rows.clear();
      for (const row of table.learners) rows.set(row.learner, row);
      drawAll();
    });
    source.addEventListener("learner", (message) => {
      const row = JSON.parse(message.data);
      rows.set(row.learner, row);
      if (knowSteps(row)) drawAll(); else drawRow(row);
    });
  }

  async function begin() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get("t");
    if (token) {
      const answer = await fetch("/api/v1/session", { method: "POST", headers: { Authorization: "Bearer " + token } });
      history.replaceState(null, "", location.pathname);
      if (!answer.ok) { document.getElementById("state").textContent = (await answer.json()).error; return; }
    }
    document.getElementById("csv").href = "/api/v1/table.csv";
    listen();
    setInterval(drawAll, 30000);
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (!location.hash && !document.cookie) document.getElementById("state").textContent = words.noToken;
    begin();
  });
})();
