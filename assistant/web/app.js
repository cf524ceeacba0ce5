// The steward's page: plain JavaScript over the /v1 API, nothing loaded from outside.
"use strict";
const $ = (id) => document.getElementById(id);
let lastAnswerId = null;
const conversationId = "web-" + Math.random().toString(36).slice(2);

// The API key lives in this tab's sessionStorage only: it is gone when the tab closes, never
// written to localStorage, and "Forget key" removes it at once.
function headers() {
  const h = { "Content-Type": "application/json" };
  const key = $("api-key").value || sessionStorage.getItem("ca-key") || "";
  if (key) { h["Authorization"] = "Bearer " + key; sessionStorage.setItem("ca-key", key); }
  return h;
}

function forgetKey() {
  sessionStorage.removeItem("ca-key");
  localStorage.removeItem("ca-key"); // left by earlier versions of this page
  $("api-key").value = "";
  $("key-status").textContent = "Key forgotten.";
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
    // The picker's choice is always explicit: "All documents" (null) overrides the conversation's earlier choice.
    const body = { question: $("question").value, conversation_id: conversationId, contract: $("contract-picker").value || null };
    if ($("as-of").value) body.as_of = $("as-of").value;
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
    const binding = contracts.filter((c) => c.kind === "contract");
    for (const id of ["grievance-contract", "diff-old", "diff-new"]) {
      for (const c of binding) {
        const option = document.createElement("option");
        option.value = c.id;
        option.textContent = c.name || c.title;
        $(id).appendChild(option);
      }
    }
    // Compare a version with the one that replaced it, when there is one.
    const later = binding.find((c) => c.supersedes && c.supersedes.length);
    if (later) { $("diff-new").value = later.id; $("diff-old").value = later.supersedes[0]; }
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

// The same rule as assistant.text.reflow: a PDF's hard line wraps inside a paragraph are joined;
// blank lines, table rows, bullets and items that begin after a finished sentence keep their lines;
// runs of spaces between words become one.
function reflow(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const prev = out.length ? out[out.length - 1] : "";
    const joins = prev.trim() && line.trim() && !/^\s*\|/.test(prev) && !/^\s*\|/.test(line)
      && !/^\s*[-*\u2022]\s/.test(line)
      && !(/[.:;!?]\s*$/.test(prev) && /^\s*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z]{1,4}\)|[a-zA-Z]\.)\s/.test(line));
    if (joins) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  // Justified PDF text leaves runs of spaces between words; a table row keeps its alignment.
  return out.map((l) => (/^\s*\|/.test(l) ? l : l.replace(/(\S)[ \t]{2,}(?=\S)/g, "$1 "))).join("\n");
}

function quoteHtml(citation) {
  return `<blockquote>${escapeHtml(reflow(citation.quote))}</blockquote><p class="muted">— ${escapeHtml(citation.label)}, ${escapeHtml(citation.document)}</p>`;
}

function longDate(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

function renderDraft(draft) {
  let html = `<h3>Grievance — ${escapeHtml(draft.document)}</h3>`;
  const filing = draft.filing;
  if (filing) {
    html += filing.due
      ? `<p class="deadline" id="grievance-deadline">Last day to file: ${escapeHtml(longDate(filing.due))}</p>`
      : `<p class="deadline" id="grievance-deadline">Needs ${escapeHtml(filing.needs.join(", "))} to compute the deadline.</p>`;
    html += `<p>${escapeHtml(filing.summary)}</p>`;
    if (filing.to_whom) html += `<p>Filed with: <strong>${escapeHtml(filing.to_whom)}</strong> <span class="muted">(${escapeHtml(filing.to_whom_citation.label)})</span></p>`;
  }
  html += "<h4>Facts (as given)</h4><ul>" + draft.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join("") + "</ul>";
  html += `<h4>Articles and sections violated</h4><div id="grievance-violated">`;
  if (!draft.violated.length) html += "<p class=\"muted\">None found for what is described; name them yourself.</p>";
  for (const v of draft.violated) {
    html += `<p><strong>${escapeHtml(v.citation.label)}</strong> — ${escapeHtml(v.citation.title)}${v.strength === "related" ? " <span class=\"muted\">(closest language; check that it applies)</span>" : ""}</p>` + quoteHtml(v.citation);
  }
  html += "</div>";
  for (const n of draft.amendments) {
    html += `<p><strong>Amended:</strong> ${escapeHtml(n.by_label)} (${escapeHtml(n.by_document)}) ${escapeHtml(n.relation)} ${escapeHtml(n.label)}</p>` + n.quotes.map(quoteHtml).join("");
  }
  html += "<h4>Remedy requested</h4>";
  for (const r of draft.remedy) {
    html += r.contract_language && r.citation ? quoteHtml(r.citation)
      : `<p>${escapeHtml(r.text)} <span class="not-contract">(not contract language)</span></p>`;
  }
  if (filing) {
    html += "<h4>How the deadline is worked out</h4><ul>" + filing.work.concat(filing.notes).map((w) => `<li>${escapeHtml(w)}</li>`).join("") + "</ul>";
    html += filing.citations.map(quoteHtml).join("");
  }
  html += draft.notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`).join("");
  return html;
}

async function download(path, body, link, name) {
  const response = await fetch(path, { method: "POST", headers: headers(), body: JSON.stringify(body) });
  if (!response.ok) throw new Error(response.statusText);
  const blob = await response.blob();
  if (link.href) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = false;
}

async function draftGrievance(event) {
  event.preventDefault();
  $("error").hidden = true;
  $("grievance-button").disabled = true;
  try {
    const body = { description: $("grievance-description").value, contract: $("grievance-contract").value || null };
    if ($("grievance-incident").value) body.incident_date = $("grievance-incident").value;
    if ($("grievance-learned").value) body.learned_date = $("grievance-learned").value;
    if ($("grievance-grievant").value) body.grievant = $("grievance-grievant").value;
    const draft = await api("/v1/grievances/draft", { method: "POST", body: JSON.stringify(body) });
    $("grievance-body").innerHTML = renderDraft(draft);
    $("grievance-result").hidden = false;
    const stem = `grievance-${draft.contract}-${draft.incident_date || "draft"}`;
    await download("/v1/grievances/draft?format=docx", body, $("grievance-docx"), stem + ".docx");
    const markdown = new Blob([draft.markdown], { type: "text/markdown" });
    $("grievance-md").href = URL.createObjectURL(markdown);
    $("grievance-md").download = stem + ".md";
    $("grievance-md").hidden = false;
  } catch (error) {
    showError(error.message);
  } finally {
    $("grievance-button").disabled = false;
  }
}

function changeHtml(c) {
  return `<div class="change">… ${escapeHtml(c.before)} ${c.old ? `<del>${escapeHtml(c.old)}</del>` : ""} ${c.new ? `<ins>${escapeHtml(c.new)}</ins>` : ""} ${escapeHtml(c.after)} …</div>`;
}

async function compareVersions(event) {
  event.preventDefault();
  $("error").hidden = true;
  try {
    const params = new URLSearchParams({ old: $("diff-old").value, new: $("diff-new").value });
    const diff = await api(`/v1/diff?${params}`);
    const k = diff.counts;
    let html = `<p><strong>${k.changed} changed, ${k.moved} moved, ${k.added} added, ${k.removed} removed</strong>, ${k.unchanged} unchanged.</p>`;
    for (const item of diff.sections) {
      if (item.status === "unchanged" && !item.note && !$("diff-all").checked) continue;
      const where = item.status === "moved" ? `${escapeHtml(item.old.label)} → ${escapeHtml(item.new.label)}`
        : escapeHtml((item.new || item.old).label);
      const title = escapeHtml((item.new || item.old).title);
      const same = item.status === "moved" && !item.changed ? " <span class=\"muted\">(same text)</span>" : "";
      html += `<div class="diff-item" data-status="${item.status}"><span class="status ${item.status}">${item.status}</span>${where} ${title}${same}`;
      if (item.note) html += `<div class="muted">${escapeHtml(item.note)}</div>`;
      html += item.changes.map(changeHtml).join("") + "</div>";
    }
    $("diff-result").innerHTML = html;
  } catch (error) {
    showError(error.message);
  }
}

$("ask-form").addEventListener("submit", ask);
$("grievance-form").addEventListener("submit", draftGrievance);
$("diff-form").addEventListener("submit", compareVersions);
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
localStorage.removeItem("ca-key"); // earlier versions kept the key here indefinitely
$("api-key").value = sessionStorage.getItem("ca-key") || "";
$("forget-key").addEventListener("click", forgetKey);
loadContracts();
