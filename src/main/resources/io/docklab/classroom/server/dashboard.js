// The class dashboard: the table from /api/v1/stream, live. Every text the server sends (names,
// lesson and step ids, failure lines) is set as text (textContent), never as markup.
"use strict";
(function () {
  const WORDS = {
    en: {
      name: "Name", live: "live", lost: "disconnected, reconnecting…",
      refused: "the server refused this page: open the link docklab class serve printed",
      csv: "Download CSV", onStep: "on step", fails: "failed checks", hints: "hints",
      solutions: "solutions", lastFailure: "last failure:", left: "left the class",
      done: "done", current: "current step", notReached: "not reached",
      stuck: (minutes) => "stuck: over " + minutes + " min on one step",
    },
    ja: {
      name: "名前", live: "接続中", lost: "切断、再接続中…",
      refused: "サーバーに拒否されました。docklab class serve が表示したリンクを開いてください",
      csv: "CSV をダウンロード", onStep: "経過", fails: "失敗したチェック", hints: "ヒント",
      solutions: "解答", lastFailure: "最後の失敗:", left: "退出しました",
      done: "完了", current: "実行中のステップ", notReached: "未到達",
      stuck: (minutes) => "止まっている: 1 つのステップに " + minutes + " 分超",
    },
  };
  const asked = new URLSearchParams(location.search).get("lang");
  const language = asked === "ja" || asked === "en" ? asked
    : (navigator.language || "").toLowerCase().startsWith("ja") ? "ja" : "en";
  const words = WORDS[language];

  let lessons = [];
  let stuckMinutes = 10;
  let clockOffset = 0; // the server's clock minus this browser's
  const rows = new Map();

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    if (className) made.className = className;
    return made;
  }

  function drawLegend() {
    const legend = document.getElementById("legend");
    legend.replaceChildren(
      element("span", "✓ " + words.done, "done"),
      element("span", words.current, "current"),
      element("span", words.notReached),
      element("span", words.stuck(stuckMinutes), "stuck"));
  }

  function drawHead() {
    const head = document.querySelector("#table thead");
    const lessonRow = document.createElement("tr");
    const stepRow = document.createElement("tr");
    const name = element("th", words.name);
    name.rowSpan = 2;
    lessonRow.append(name);
    for (const lesson of lessons) {
      if (lesson.steps.length === 0) continue;
      const th = element("th", lesson.id, "lesson");
      th.colSpan = lesson.steps.length;
      lessonRow.append(th);
      for (const step of lesson.steps) stepRow.append(element("th", step, "step"));
    }
    head.replaceChildren(lessonRow, stepRow);
  }

  function clock(milliseconds) {
    const seconds = Math.max(0, Math.floor(milliseconds / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, "0");
    return h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + s : m + ":" + s;
  }

  function elapsed(since) {
    const start = Date.parse(since);
    return Number.isNaN(start) ? 0 : Date.now() + clockOffset - start;
  }

  function currentCell(td, state) {
    td.dataset.since = state.since || "";
    const time = element("div", "", "time");
    const facts = element("div",
      words.fails + " " + (state.failedChecks || 0) + " · " + words.hints + " " + (state.hints || 0)
        + " · " + words.solutions + " " + (state.solutions || 0), "facts");
    td.append(time, facts);
    if (state.lastFailure) {
      const failure = element("div", words.lastFailure + " " + String(state.lastFailure).split(/\r?\n/)[0], "failure");
      td.append(failure);
    }
  }

  function drawRow(row) {
    const tr = document.createElement("tr");
    tr.dataset.learner = row.learner;
    if (row.left) tr.classList.add("left");
    const name = element("td", row.name, "name");
    if (row.left) name.title = words.left;
    tr.append(name);
    for (const lesson of lessons) {
      const state = row.lessons[lesson.id];
      for (const step of lesson.steps) {
        const td = document.createElement("td");
        td.dataset.lesson = lesson.id;
        td.dataset.step = step;
        if (state && state.done && state.done.includes(step)) {
          td.dataset.state = "done";
          td.textContent = "✓";
        } else if (state && state.current === step) {
          td.dataset.state = "current";
          currentCell(td, state);
        } else {
          td.dataset.state = "not-reached";
        }
        tr.append(td);
      }
    }
    tick(tr);
    const old = document.querySelector('#table tbody tr[data-learner="' + CSS.escape(row.learner) + '"]');
    if (old) old.replaceWith(tr); else document.querySelector("#table tbody").append(tr);
  }

  // The time on each current step, and whether the learner is stuck; run every second.
  function tick(tr) {
    let stuck = false;
    for (const td of tr.querySelectorAll('td[data-state="current"]')) {
      const on = elapsed(td.dataset.since);
      td.querySelector(".time").textContent = words.onStep + " " + clock(on);
      if (on > stuckMinutes * 60000) stuck = true;
    }
    tr.classList.toggle("stuck", stuck && !tr.classList.contains("left"));
  }

  function drawAll() {
    drawLegend();
    drawHead();
    document.querySelector("#table tbody").replaceChildren();
    for (const row of rows.values()) drawRow(row);
  }

  // Lessons or steps that a learner's events name and the table does not have yet get columns.
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
    const shown = document.getElementById("state");
    const source = new EventSource("/api/v1/stream");
    source.addEventListener("open", () => { shown.textContent = words.live; });
    source.addEventListener("error", () => {
      shown.textContent = source.readyState === EventSource.CLOSED ? words.refused : words.lost;
    });
    source.addEventListener("table", (message) => {
      const table = JSON.parse(message.data);
      document.getElementById("class").textContent = table.class;
      document.title = table.class;
      if (table.now) clockOffset = Date.parse(table.now) - Date.now();
      if (Number.isFinite(table.stuckMinutes)) stuckMinutes = table.stuckMinutes;
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
    document.documentElement.lang = language;
    document.getElementById("csv").textContent = words.csv;
    drawLegend();
    const token = new URLSearchParams(location.hash.slice(1)).get("t");
    if (token) {
      history.replaceState(null, "", location.pathname + location.search);
      const answer = await fetch("/api/v1/session", { method: "POST", headers: { Authorization: "Bearer " + token } });
      if (!answer.ok) { document.getElementById("state").textContent = words.refused; return; }
    }
    listen();
    setInterval(() => document.querySelectorAll("#table tbody tr").forEach(tick), 1000);
  }

  document.addEventListener("DOMContentLoaded", begin);
})();
