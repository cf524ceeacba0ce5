// The steward's page: plain JavaScript over the /v1 API, nothing loaded from outside.
"use strict";
const $ = (id) => document.getElementById(id);
let lastAnswerId = null;
const conversationId = "web-" + Math.random().toString(36).slice(2);

function headers() {
  const h = { "Content-Type": "application/json" };
  const key = $("api-key").value || localStorage.getItem("ca-key") || "";
  if (key) { h["Authorization"] = "Bearer " + key; localStorage.setItem("ca-key", key); }
  return h;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: headers() });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((body.error && body.error.message) || response.statusText);
  return body;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// Answers are markdown: '> ' quotes, '**bold**' or '*bold*', '_italic_'.
function renderMarkdown(text) {
  const out = [];
  let quote = [];
  const flush = () => { if (quote.length) { out.push("<blockquote>" + quote.join("\n") + "</blockquote>"); quote = []; } };
  for (const raw of text.split("\n")) {
    const line = escapeHtml(raw).replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>").replace(/\*([^*\n]+)\*/g, "<strong>$1</strong>").replace(/(^|\s)_([^_\n]+)_/g, "$1<em>$2</em>");
    if (raw.startsWith(">")) { quote.push(line.replace(/^&gt; ?/, "")); continue; }
    flush();
    out.push(line ? "<p>" + line + "</p>" : "");
  }
  flush();
  return out.join("");
}

// The three outcomes look different at a glance (the answer text says the same in words).
const OUTCOMES = {
  answered: "Answered from the contract",
  related: "Not settled by the contract — closest language below",
  not_covered: "Not in the contract",
};

function showError(message) {
  $("error").hidden = false;
  $("error").textContent = message;
}

async function ask(event) {
  event.preventDefault();
  $("error").hidden = true;
  $("ask-button").disabled = true;
  try {
    const body = { question: $("question").value, conversation_id: conversationId };
    if ($("contract-picker").value) body.contract = $("contract-picker").value;
    const answer = await api("/v1/ask", { method: "POST", body: JSON.stringify(body) });
    lastAnswerId = answer.answer_id;
    $("answer-card").hidden = false;
    $("answer-card").dataset.outcome = answer.outcome;
    $("outcome").textContent = OUTCOMES[answer.outcome] || "";
    $("outcome").className = "outcome " + answer.outcome;
    $("answer").innerHTML = renderMarkdown(answer.answer);
    $("feedback-status").textContent = "";
    const cites = answer.citations.length ? answer.citations : (answer.closest.length ? answer.closest : answer.see_also);
    $("citations").innerHTML = "";
    if (cites.length) {
      const label = document.createElement("div");
      label.className = "muted";
      label.textContent = answer.citations.length ? "Open the full clause:"
        : answer.closest.length ? "Closest language (does not settle it):" : "Closest sections:";
      $("citations").appendChild(label);
    }
    for (const c of cites) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite";
      button.textContent = `${c.label} · ${c.document}`;
      button.addEventListener("click", () => openSection(c.contract, c.section, c.clause));
      $("citations").appendChild(button);
    }
  } catch (error) {
    showError(error.message);
  } finally {
    $("ask-button").disabled = false;
  }
}

async function openSection(contract, section, clause) {
  try {
    const data = await api(`/v1/contracts/${encodeURIComponent(contract)}/sections/${encodeURIComponent(section)}`);
    const pages = data.page_start === data.page_end ? `p. ${data.page_start}` : `pp. ${data.page_start}–${data.page_end}`;
    let html = `<h2>${escapeHtml(data.section)} ${escapeHtml(data.title)}</h2><p class="muted">${escapeHtml(data.document)}, ${pages}</p>`;
    for (const c of data.clauses) {
      const mark = clause && (c.path === clause) ? " highlight" : "";
      const path = c.path && !c.path.startsWith("¶") ? `<span class="path">${escapeHtml(c.path)}</span>` : "";
      html += `<div class="clause${mark}" data-path="${escapeHtml(c.path)}">${path}<span class="muted">(p. ${c.page ?? "–"})</span> ${escapeHtml(c.text)}</div>`;
    }
    $("clause-body").innerHTML = html;
    $("clause-panel").hidden = false;
    const target = document.querySelector("#clause-body .highlight");
    (target || $("clause-panel")).scrollIntoView({ block: "nearest" });
  } catch (error) {
    showError(error.message);
  }
}

async function loadContracts() {
  try {
    const contracts = await api("/v1/contracts");
    for (const c of contracts) {
      const option = document.createElement("option");
      option.value = c.id;
      option.textContent = `${c.title}${c.kind === "contract" ? "" : " (" + c.kind + ")"}`;
      $("contract-picker").appendChild(option);
    }
    if (contracts.length) await loadBrowser(contracts[0].id);
  } catch (error) {
    showError(error.message);
  }
}

let browsing = null;

async function loadBrowser(contractId) {
  browsing = contractId;
  const sections = await api(`/v1/contracts/${encodeURIComponent(contractId)}/sections`);
  const groups = new Map();
  for (const s of sections) {
    const key = /^\d+$/.test(s.article) ? `Article ${s.article} — ${s.article_title}` : (s.article_title || "Document");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  const root = $("browser");
  root.innerHTML = "";
  for (const [article, items] of groups) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = article;
    details.appendChild(summary);
    for (const s of items) {
      const link = document.createElement("a");
      link.textContent = `${s.section === s.title ? "" : s.section + " "}${s.title} (p. ${s.page ?? "–"})`;
      link.addEventListener("click", () => openSection(contractId, s.section, null));
      details.appendChild(link);
    }
    root.appendChild(details);
  }
}

async function sendFeedback(helpful) {
  if (!lastAnswerId) return;
  try {
    await api("/v1/feedback", { method: "POST", body: JSON.stringify({ answer_id: lastAnswerId, helpful }) });
    $("feedback-status").textContent = "Thanks — feedback saved.";
  } catch (error) {
    $("feedback-status").textContent = error.message;
  }
}

function renderCalc(result) {
  let html = `<p><strong>${escapeHtml(result.summary)}</strong></p>`;
  if (result.values && result.values.steps) {
    html += "<table><tr><th>Step</th><th>Due</th></tr>";
    for (const s of result.values.steps) {
      html += `<tr><td>${escapeHtml(s.label)}</td><td>${escapeHtml(s.due_at || s.due)}${s.lands_on ? " ⚠ " + escapeHtml(s.lands_on) : ""}</td></tr>`;
    }
    html += "</table>";
  } else {
    html += "<ul>" + result.work.map((w) => `<li>${escapeHtml(w)}</li>`).join("") + "</ul>";
  }
  html += result.notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`).join("");
  html += "<p class=\"muted\">Sources: " + result.citations.map((c) => escapeHtml(c.label)).join("; ") + "</p>";
  $("calc-result").innerHTML = html;
}

async function runTool(name, params) {
  try {
    // Calculators use the rules of one contract: the one picked, else the one being browsed.
    const contract = $("contract-picker").value || browsing;
    if (contract) params = Object.assign({ contract }, params);
    renderCalc(await api(`/v1/tools/${name}`, { method: "POST", body: JSON.stringify(params) }));
  } catch (error) {
    $("calc-result").innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
  }
}

$("ask-form").addEventListener("submit", ask);
$("thumbs-up").addEventListener("click", () => sendFeedback(true));
$("thumbs-down").addEventListener("click", () => sendFeedback(false));
$("close-clause").addEventListener("click", () => { $("clause-panel").hidden = true; });
$("contract-picker").addEventListener("change", (e) => { if (e.target.value) loadBrowser(e.target.value); });
$("timeline-form").addEventListener("submit", (e) => {
  e.preventDefault();
  runTool("grievance_timeline", { start: $("timeline-date").value, track: $("timeline-track").value });
});
$("accrual-form").addEventListener("submit", (e) => {
  e.preventDefault();
  runTool("leave_accrual", { months_of_service: Number($("accrual-months").value), time_base: $("accrual-base").value || "full" });
});
$("api-key").value = localStorage.getItem("ca-key") || "";
loadContracts();
