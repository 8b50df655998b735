// quizgen review page. Plain JS, no build step. Every piece of article or store text goes
// into the page through textContent (the el() helper): never as HTML.
"use strict";

const TOKEN = document.querySelector('meta[name="quizgen-token"]').content;
const STATUS_CYCLE = ["", "auto", "approved", "rejected", "corrected"];
const POLL_MS = 1500;

const view = {
  articles: [],       // from /api/state
  facts: [],          // flat, each with .slug
  versions: {},       // slug -> sha of its store file
  current: null,      // fact id
  articleCache: {},   // slug -> {version, data}
  preview: null,      // {id, version, data}
  canUndo: false,
};

// --- helpers -------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

const $ = (id) => document.getElementById(id);

// All requests run one after another: a poll never races a write.
// body[data-busy] counts what is waiting or running (tests wait for "0").
let queue = Promise.resolve();
let pending = 0;
function queued(task) {
  pending += 1;
  document.body.dataset.busy = String(pending);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined).then(() => {
    pending -= 1;
    document.body.dataset.busy = String(pending);
  });
  return run;
}

async function api(method, path, body) {
  const options = { method, headers: { "X-Quizgen-Token": TOKEN } };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) {
    const error = new Error(data.error || `HTTP ${response.status}`);
    error.conflict = Boolean(data.conflict);
    throw error;
  }
  return data;
}

function say(message, kind) {
  const banner = $("banner");
  banner.textContent = message;
  banner.className = kind || "info";
  banner.hidden = false;
}

function isCorrected(fact) { return Object.keys(fact.correction).length > 0; }

function reviewState(fact) {
  return JSON.stringify([fact.status, fact.correction, fact.fields, fact.source_changed]);
}

// What a fact is about; the subject is left out when it is the article's title (the list
// is grouped under the title already).
function what(fact) {
  const f = fact.effective;
  const article = view.articles.find((a) => a.slug === fact.slug);
  const subject = article && f.subject === article.title && (f.group || f.item || f.attribute) ? "" : f.subject;
  return [subject, f.group, f.item, f.attribute].filter(Boolean).join(" › ");
}

// --- filters -------------------------------------------------------------------------

function filters() {
  return {
    article: $("f-article").value,
    kind: $("f-kind").value,
    status: $("f-status").value,
    changed: $("f-changed").checked,
  };
}

function visible(fact, f) {
  if (f.article && fact.slug !== f.article) return false;
  if (f.kind && fact.kind !== f.kind) return false;
  if (f.status === "corrected" && !isCorrected(fact)) return false;
  if (f.status && f.status !== "corrected" && fact.status !== f.status) return false;
  if (f.changed && !fact.source_changed) return false;
  return true;
}

function visibleFacts() {
  const f = filters();
  return view.facts.filter((fact) => visible(fact, f));
}

function fillSelect(select, values, labels) {
  const keep = select.value;
  while (select.options.length > 1) select.remove(1);
  values.forEach((value, i) => select.append(el("option", { value }, labels ? labels[i] : value)));
  if (values.includes(keep)) select.value = keep;
}

// --- loading -------------------------------------------------------------------------

async function loadState() {
  const state = await api("GET", "/api/state");
  view.articles = state.articles;
  view.canUndo = state.can_undo;
  view.facts = [];
  view.versions = {};
  for (const article of state.articles) {
    view.versions[article.slug] = article.version;
    for (const fact of article.facts) view.facts.push({ ...fact, slug: article.slug });
  }
  fillSelect($("f-article"), state.articles.map((a) => a.slug), state.articles.map((a) => a.title));
  fillSelect($("f-kind"), [...new Set(view.facts.map((f) => f.kind))].sort());
}

async function ensureArticle(slug) {
  const cached = view.articleCache[slug];
  if (cached && cached.version === view.versions[slug]) return cached.data;
  const data = await api("GET", `/api/article?slug=${encodeURIComponent(slug)}`);
  view.articleCache[slug] = { version: view.versions[slug], data };
  return data;
}

async function ensurePreview(fact) {
  const version = JSON.stringify(view.versions);
  if (view.preview && view.preview.id === fact.id && view.preview.version === version) {
    return view.preview.data;
  }
  const data = await api("GET", `/api/preview?fact=${encodeURIComponent(fact.id)}`);
  view.preview = { id: fact.id, version, data };
  return data;
}

async function reload() {
  await loadState();
  await render();
}

// --- rendering -----------------------------------------------------------------------

function currentFact() { return view.facts.find((fact) => fact.id === view.current) || null; }

function renderList(facts) {
  const nav = $("facts");
  nav.replaceChildren();
  let slug = null;
  let list = null;
  for (const fact of facts) {
    if (fact.slug !== slug) {
      slug = fact.slug;
      const article = view.articles.find((a) => a.slug === slug);
      nav.append(el("h2", {}, article ? article.title : slug));
      list = el("ol", { class: "fact-list" });
      nav.append(list);
    }
    const classes = ["fact", `status-${fact.status}`];
    if (fact.id === view.current) classes.push("current");
    const value = fact.effective.value;
    list.append(el("li", {
      class: classes.join(" "),
      dataset: { id: fact.id },
      onclick: () => select(fact.id),
    },
      el("span", { class: "badge status" }, isCorrected(fact) ? `${fact.status} · corrected` : fact.status),
      el("span", { class: "badge kind" }, fact.kind),
      fact.source_changed ? el("span", { class: "badge changed" }, fact.gone ? "gone from article" : "changed") : null,
      el("span", { class: "what" }, what(fact)),
      value ? el("span", { class: "value" }, value) : null,
    ));
  }
  if (!facts.length) nav.append(el("p", { class: "empty" }, "No fact matches these filters."));
  const current = nav.querySelector("li.current");
  if (current) current.scrollIntoView({ block: "nearest" });
  const all = view.facts.length;
  const done = view.facts.filter((f) => f.status !== "auto").length;
  $("counts").textContent = `${facts.length} shown · ${done}/${all} reviewed`;
  $("undo").disabled = !view.canUndo;
}

function markedText(node, anchor) {
  if (!anchor || anchor.node !== node.id) return [node.text];
  if (anchor.start < 0) return [el("mark", { id: "source-mark" }, node.text)];
  return [
    node.text.slice(0, anchor.start),
    el("mark", { id: "source-mark" }, node.text.slice(anchor.start, anchor.end)),
    node.text.slice(anchor.end),
  ];
}

async function renderArticle(fact) {
  const pane = $("article");
  if (!fact) { pane.replaceChildren(); return; }
  const data = await ensureArticle(fact.slug);
  const anchor = data.anchors[fact.id];
  const children = [];
  if (data.problem) children.push(el("p", { class: "problem" }, `Article text not available: ${data.problem}`));
  if (!anchor) {
    children.push(el("p", { class: "problem" },
      "Not found in the article's body text (a title or metadata line, or the article changed). Read from: ",
      el("q", {}, fact.source_text)));
  }
  for (const node of data.nodes) {
    const text = markedText(node, anchor);
    if (node.role === "title") children.push(el("h2", { class: "title", dataset: { node: node.id } }, text));
    else if (node.role === "heading") children.push(el(`h${Math.min(3 + node.depth - 1, 6)}`, { dataset: { node: node.id } }, text));
    else if (node.role === "item") children.push(el("p", { class: `item depth-${Math.min(node.depth, 4)}`, dataset: { node: node.id } }, text));
    else children.push(el("p", { class: node.role, dataset: { node: node.id } }, text));
  }
  const licence = [data.path, data.url, data.licence].filter(Boolean).join(" · ");
  children.push(el("p", { class: "provenance" }, licence));
  pane.replaceChildren(...children);
  const mark = $("source-mark");
  if (mark) mark.scrollIntoView({ block: "center" });
}

function fieldRows(fact) {
  const rows = [];
  for (const [name, extracted] of Object.entries(fact.fields)) {
    const corrected = fact.correction[name];
    if (!extracted && corrected === undefined) continue;
    rows.push(el("tr", {},
      el("th", {}, name),
      el("td", {}, corrected === undefined ? extracted
        : [el("del", {}, extracted), " → ", el("ins", { class: "corrected" }, corrected)]),
    ));
  }
  return el("table", { class: "fields" }, rows);
}

function clozeLine(segments) {
  return el("div", { class: "cloze-line" }, segments.map((s) => {
    if (!s.blank) return s.text;
    return el("span", { class: "cloze-blank" }, s.hint ? `[${s.hint}]` : "[...]");
  }));
}

function renderPreview(fact, data) {
  const parts = [el("h3", {}, "In the deck")];
  if (data.why_none) parts.push(el("p", { class: "none" }, data.why_none));
  for (const card of data.cards) {
    parts.push(el("div", { class: "card" },
      el("div", { class: "card-label" }, `cloze c${card.number}`),
      card.context ? el("div", { class: "card-context" }, card.context) : null,
      el("div", { class: "card-front" }, card.lines.map(clozeLine)),
      el("div", { class: "card-back" }, "Answer: ",
        card.lines.flat().filter((s) => s.blank).map((s) => el("span", { class: "cloze-answer" }, s.text))),
      card.corrected_from ? el("div", { class: "corrected-from" }, `Corrected by reviewer; the article reads: “${card.corrected_from}”`) : null,
    ));
  }
  for (const question of data.questions) {
    parts.push(el("div", { class: "card question" },
      el("div", { class: "card-label" }, "question"),
      el("div", { class: "stem" }, question.stem),
      el("ol", { class: "options" }, question.options.map((option) => el("li", {
        class: option.startsWith(`${question.answer}.`) ? "answer" : "",
      }, option))),
      question.explanation ? el("div", { class: "explanation" }, question.explanation) : null,
    ));
  }
  for (const finding of data.findings) {
    parts.push(el("p", { class: "finding" },
      el("span", { class: "badge rule" }, finding.rule), ` ${finding.action}: ${finding.reason}`));
  }
  if (!data.why_none && !data.cards.length && !data.questions.length && !data.findings.length) {
    parts.push(el("p", { class: "none" }, "This fact makes no card or question in this deck."));
  }
  return parts;
}

async function renderDetail(fact) {
  const pane = $("detail");
  if (!fact) {
    pane.replaceChildren(el("p", { class: "empty" }, "Select a fact (j/k or click)."));
    return;
  }
  const header = [
    el("div", { class: "detail-head" },
      el("span", { class: `badge status status-${fact.status}` }, fact.status),
      el("span", { class: "badge kind" }, fact.kind),
      fact.source_changed ? el("span", { class: "badge changed" }, fact.gone ? "gone from article" : "article changed since review") : null),
    el("p", { class: "fact-id" }, fact.id),
    fieldRows(fact),
    el("p", { class: "source" }, el("strong", {}, fact.section || "lead"), ": ", fact.source_text),
    fact.reviewed_text ? el("p", { class: "reviewed" }, "You reviewed: ", el("q", {}, fact.reviewed_text)) : null,
    fact.note ? el("p", { class: "note" }, "Note: ", fact.note) : null,
    el("div", { class: "actions" },
      el("button", { type: "button", id: "approve", onclick: () => decide("approve") }, "Approve (a)"),
      el("button", { type: "button", id: "reject", onclick: () => decide("reject") }, "Reject (r)"),
      el("button", { type: "button", id: "edit-button", onclick: openEdit }, "Edit value (e)"),
      el("button", { type: "button", id: "approve-section", onclick: approveSection }, "Approve section (A)")),
  ];
  pane.replaceChildren(...header.filter(Boolean), el("p", { class: "loading" }, "…"));
  const data = await ensurePreview(fact);
  if (view.current !== fact.id) return;
  pane.replaceChildren(...header.filter(Boolean), ...renderPreview(fact, data));
}

async function render() {
  const facts = visibleFacts();
  if (!currentFact() && facts.length) view.current = facts[0].id;
  renderList(facts);
  const fact = currentFact();
  await renderArticle(fact);
  await renderDetail(fact);
}

// --- actions -------------------------------------------------------------------------

function select(id) {
  view.current = id;
  queued(render).catch(showError);
}

function move(step) {
  const facts = visibleFacts();
  if (!facts.length) return;
  const index = facts.findIndex((fact) => fact.id === view.current);
  const next = index < 0 ? 0 : Math.max(0, Math.min(facts.length - 1, index + step));
  select(facts[next].id);
}

function moveArticle(step) {
  const slugs = view.articles.map((a) => a.slug);
  const fact = currentFact();
  const index = fact ? slugs.indexOf(fact.slug) : -1;
  const slug = slugs[Math.max(0, Math.min(slugs.length - 1, index + step))];
  const first = visibleFacts().find((f) => f.slug === slug);
  if (first) select(first.id);
}

function showError(error) { say(error.message, "error"); }

// The fact to show after the current one is decided (it may leave the filtered list).
function successor(ids) {
  const facts = visibleFacts();
  const index = facts.findIndex((fact) => fact.id === view.current);
  const rest = facts.slice(index + 1).concat(facts.slice(0, Math.max(index, 0)));
  const next = rest.find((fact) => !ids.includes(fact.id));
  return next ? next.id : view.current;
}

async function send(ids, action, correction) {
  const slugs = [...new Set(ids.map((id) => view.facts.find((f) => f.id === id).slug))];
  const versions = Object.fromEntries(slugs.map((slug) => [slug, view.versions[slug]]));
  return api("POST", "/api/decide", { ids, action, correction, versions });
}

// Save a decision; if the store file changed on disk, reload, and apply the decision again
// only when the facts themselves are as the reviewer saw them (otherwise ask again).
function save(ids, action, correction, label) {
  const seen = Object.fromEntries(ids.map((id) => [id, reviewState(view.facts.find((f) => f.id === id))]));
  const after = successor(ids);
  return queued(async () => {
    try {
      await send(ids, action, correction);
      say(label, "info");
    } catch (error) {
      if (!error.conflict) throw error;
      await loadState();
      const same = ids.every((id) => {
        const fact = view.facts.find((f) => f.id === id);
        return fact && reviewState(fact) === seen[id];
      });
      if (!same) {
        view.current = ids[0];
        await render();
        say(`${error.message}. This fact was changed there too, so your decision (${action}) was not applied: decide again.`, "warning");
        return;
      }
      await send(ids, action, correction);
      say(`${error.message}. Your decision (${action}) was then applied to the new version.`, "warning");
    }
    if (action !== "correct") view.current = after;
    await reload();
  }).catch(showError);
}

function decide(action) {
  const fact = currentFact();
  if (!fact) return;
  save([fact.id], action, undefined, `${action === "approve" ? "Approved" : "Rejected"}: ${what(fact)} (u to undo)`);
}

function approveSection() {
  const fact = currentFact();
  if (!fact) return;
  const ids = view.facts
    .filter((f) => f.slug === fact.slug && f.section === fact.section && f.status === "auto")
    .map((f) => f.id);
  if (!ids.length) { say("No unreviewed fact left in this section.", "info"); return; }
  save(ids, "approve", undefined, `Approved ${ids.length} fact(s) of section “${fact.section || "lead"}” (u to undo)`);
}

function undo() {
  queued(async () => {
    const result = await api("POST", "/api/undo", {});
    if (!result.undone.length) { say("Nothing to undo.", "info"); return; }
    view.current = result.undone[0];
    say(`Undone: ${result.undone.length} fact(s) restored.`, "info");
    await reload();
  }).catch(async (error) => {
    showError(error);
    if (error.conflict) await queued(reload);
  });
}

function openEdit() {
  const fact = currentFact();
  if (!fact) return;
  const box = $("edit-fields");
  box.replaceChildren();
  const names = Object.keys(fact.fields).filter((name) => name === "value" || fact.effective[name]);
  for (const name of names) {
    box.append(el("label", {}, el("span", {}, name),
      el("input", { type: "text", name, id: `edit-${name}`, autocomplete: "off" })));
    $(`edit-${name}`).value = fact.effective[name];
  }
  $("edit").dataset.id = fact.id;
  $("edit").showModal();
  const input = $("edit-value");
  input.focus();
  input.select();
}

function submitEdit(event) {
  event.preventDefault();
  const dialog = $("edit");
  const fact = view.facts.find((f) => f.id === dialog.dataset.id);
  dialog.close();
  if (!fact) return;
  const correction = {};
  for (const input of $("edit-fields").querySelectorAll("input")) {
    if (input.value.trim() !== fact.effective[input.name]) correction[input.name] = input.value.trim();
  }
  if (!Object.keys(correction).length) return;
  if (Object.values(correction).some((value) => !value)) { say("A correction cannot be empty.", "error"); return; }
  const shown = Object.entries(correction).map(([k, v]) => `${k} → ${v}`).join(", ");
  save([fact.id], "correct", correction, `Corrected: ${shown} (u to undo)`);
}

// --- keys ----------------------------------------------------------------------------

function onKey(event) {
  if (document.querySelector("dialog[open]")) return;  // dialogs handle their own keys
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
    if (event.key === "Escape") target.blur();
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.key === "z") { event.preventDefault(); undo(); return; }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const actions = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    a: () => decide("approve"), r: () => decide("reject"), e: openEdit, A: approveSection,
    u: undo, c: () => { $("f-changed").checked = !$("f-changed").checked; onFilter(); },
    s: () => {
      const select = $("f-status");
      select.value = STATUS_CYCLE[(STATUS_CYCLE.indexOf(select.value) + 1) % STATUS_CYCLE.length];
      onFilter();
    },
    "[": () => moveArticle(-1), "]": () => moveArticle(1), "?": () => $("help").showModal(),
  };
  const action = actions[event.key];
  if (action) { event.preventDefault(); action(); }
}

function onFilter() {
  const facts = visibleFacts();
  if (!facts.some((fact) => fact.id === view.current)) view.current = facts.length ? facts[0].id : null;
  queued(render).catch(showError);
}

// Another editor or an `extract` changed a store file: say so and reload.
async function poll() {
  const { versions } = await api("GET", "/api/versions");
  const changed = Object.keys(versions).filter((slug) => versions[slug] !== view.versions[slug]);
  if (!changed.length) return;
  say(`Changed on disk (another editor or an extract): ${changed.join(", ")}. Reloaded; your saved decisions are in the file.`, "warning");
  await reload();
}

function start() {
  document.addEventListener("keydown", onKey);
  for (const id of ["f-article", "f-kind", "f-status", "f-changed"]) $(id).addEventListener("change", onFilter);
  $("undo").addEventListener("click", undo);
  $("help-button").addEventListener("click", () => $("help").showModal());
  $("edit-form").addEventListener("submit", submitEdit);
  $("edit-cancel").addEventListener("click", () => $("edit").close());
  document.body.dataset.ready = "loading";
  queued(reload).then(() => { document.body.dataset.ready = "yes"; }).catch(showError);
  setInterval(() => queued(poll).catch(showError), POLL_MS);
}

start();
