//! The roster page in a real browser (headless Chromium from Debian's `chromium` package): every
//! cell's symbol, words and colour against the plan (the example week and a generated roster
//! with hostile labels), a cell opened shows its reason with its article, a hostile label stays
//! text, no console error, contrast above WCAG AA, and one printed A4 page per day plus the
//! overview. And the service's HTML: `POST /v1/plan` with `Accept: text/html`, `GET /` and its
//! script, each under its Content-Security-Policy; errors stay JSON.
//!
//! How: the test writes the page with a test script added before `</body>` (the page itself has
//! no script; the script checks the DOM against expectations computed here from the plan and
//! writes its verdict into the document), runs `chromium --headless --dump-dom` and reads the
//! verdict back: no DevTools client crate, at the cost of one browser start per check (about a
//! second each). Runs in the all-features pass only (feature `serve`). Without Chromium the test
//! fails under `CI` and is skipped, saying so, elsewhere.
#![cfg(feature = "serve")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use bevoegd::staff::{parse_roster, parse_staff};
use bevoegd::{
    CaseFacts, Cell, Date, Lang, Outcome, PAGE_CSP, Place, Procedure, RosterAnswer, RosterDraft, RosterFile, Route,
    StaffMember, law,
};

const ROSTER: &str = include_str!("../examples/data/roster.json");
const STAFF: &str = include_str!("../examples/data/staff.jsonl");

/// The Chromium binary, if installed.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|dir| Path::new(dir).join(name)).find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI needs Chromium (`.ci/run` installs Debian's `chromium`)");
        eprintln!("tests/page.rs: no `chromium` on PATH; the browser checks are skipped (apt-get install chromium)");
    }
    found
}

/// A scratch directory under `target/`.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("page").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs headless Chromium on `page` with `args`; its standard output and error.
fn browse(chromium: &Path, dir: &Path, page: &Path, args: &[&str]) -> (String, String) {
    let profile = dir.join("profile");
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1366,900",
            &format!("--user-data-dir={}", profile.display()),
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// What a cell must show on a day: its symbol and the words its screen-reader text holds, from
/// the plan (the test's own reading of it, not the page's code).
fn expected(
    plan: &bevoegd::Plan,
    cell: &Cell,
    day: Date,
    labels: &bevoegd::LabelsIn,
    lang: Lang,
) -> Option<(&'static str, String)> {
    let span = cell.spans.iter().find(|s| s.from <= day && day <= s.until)?;
    let instructed = cell.on_instruction.iter().find(|o| o.from <= day && day <= o.until);
    let words = |nl: &str, en: &str| if lang == Lang::Nl { nl.to_owned() } else { en.to_owned() };
    Some(match (span.outcome, span.route, instructed) {
        (Outcome::Permitted, Some(Route::Independent), _) => {
            ("Z", words("zelfstandig bevoegd", "independently authorised"))
        }
        (Outcome::Permitted, Some(route), _) => ("+", route.name(lang).to_owned()),
        (Outcome::Conditional, _, _) => ("?", words("bevoegd mits", "authorised provided")),
        (_, _, Some(o)) => {
            let names: Vec<&str> = plan
                .instructors_on(&cell.staff, &cell.place, cell.procedure, o.from)
                .iter()
                .map(|i| labels.staff[*i].as_str())
                .collect();
            ("o", format!("{} {}", words("op opdracht van", "on the instruction of"), names.join(", ")))
        }
        _ => ("–", words("niet bevoegd", "not authorised")),
    })
}

/// A JSON string literal for the test script, with `<` escaped so that a hostile label's
/// `</script>` cannot end the script.
fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap().replace('<', "\\u003c")
}

/// The test script: checks every expected cell, opens one cell of each mark, checks the hostile
/// labels, the contrast and the keyboard, and writes the verdict.
fn script(answer: &RosterAnswer, roster: &RosterFile, hostile: &[&str]) -> String {
    let lang = answer.lang;
    let mut cells = Vec::new();
    let mut day = roster.from();
    loop {
        for cell in &answer.plan.cells {
            if let Some((symbol, words)) = expected(&answer.plan, cell, day, &answer.labels, lang) {
                let label = &answer.labels.procedures[&cell.procedure];
                cells.push(format!(
                    "[{},{},{},{},{},{},{}]",
                    js(&day.to_string()),
                    js(&cell.staff),
                    js(&cell.place),
                    js(&cell.procedure.to_string()),
                    js(symbol),
                    js(label),
                    js(&words)
                ));
            }
        }
        if day == roster.through() {
            break;
        }
        day = day.next_day().unwrap();
    }
    let hostile: Vec<String> = hostile.iter().map(|h| js(h)).collect();
    format!(
        r#"<script>
"use strict";
const problems = [];
window.addEventListener("error", e => problems.push("script error: " + e.message));
const cells = [{cells}];
const hostile = [{hostile}];
const q = (s) => CSS.escape(s);
let checked = 0;
for (const [day, staff, place, procedure, symbol, label, words] of cells) {{
  const td = document.querySelector(`section#d${{day}} td[data-staff="${{q(staff)}}"][data-place="${{q(place)}}"][data-procedure="${{procedure}}"]`);
  if (!td) {{ problems.push(`missing ${{day}} ${{staff}} ${{place}} ${{procedure}}`); continue; }}
  const shown = td.querySelector("summary > span[aria-hidden]").textContent;
  const sr = td.querySelector("summary .sr").textContent;
  if (shown !== symbol) problems.push(`${{day}} ${{staff}} ${{procedure}}: shows ${{shown}}, the plan says ${{symbol}}`);
  if (!sr.startsWith(label + ": ") || !sr.includes(words)) problems.push(`${{day}} ${{staff}} ${{procedure}}: says "${{sr}}", expected "${{label}}: ${{words}}"`);
  checked++;
}}
const all = document.querySelectorAll("td.c").length;
if (all !== cells.length) problems.push(`the page has ${{all}} cells, the plan ${{cells.length}}`);
// Opening a cell shows its answer in words, with an article.
const opened = {{}};
for (const td of document.querySelectorAll("td.c")) {{
  const mark = td.dataset.mark;
  if (opened[mark]) continue;
  const details = td.querySelector("details");
  details.open = true;
  const why = td.querySelector(".why");
  const text = why.textContent;
  if (why.offsetHeight === 0) problems.push(`an opened ${{mark}} cell shows nothing`);
  if (!/(art\.|Holds through|Geldt t\/m)/.test(text)) problems.push(`an opened ${{mark}} cell names no article: ${{text.slice(0, 200)}}`);
  if ((mark === "–" || mark === "o") && !/art\./.test(text)) problems.push(`an opened ${{mark}} cell gives no reason with its article: ${{text.slice(0, 200)}}`);
  details.open = false;
  opened[mark] = true;
}}
// Hostile labels are text, and the only script is this one.
const rowText = Array.from(document.querySelectorAll("tbody th, td, li, caption")).map(e => e.textContent).join("\n");
for (const h of hostile) if (!rowText.includes(h)) problems.push("a hostile label is not shown as text: " + h);
if (document.scripts.length !== 1) problems.push(`${{document.scripts.length}} scripts on the page`);
if (document.querySelectorAll("img").length !== 0) problems.push("a label became an element");
// Contrast of every mark's text on its fill (WCAG AA: 4.5:1).
const lum = (rgb) => {{
  const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map(Number).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}};
for (const cls of ["z", "q", "o", "r", "n"]) {{
  const el = document.createElement("td"); el.className = "c " + cls; document.querySelector("tbody tr").appendChild(el);
  const s = getComputedStyle(el);
  const [a, b] = [lum(s.color), lum(s.backgroundColor)];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) problems.push(`contrast of ${{cls}}: ${{ratio.toFixed(2)}}`);
  el.remove();
}}
// Every cell is reachable by keyboard (a summary), every table header has its scope.
for (const s of document.querySelectorAll("td.c summary")) if (s.tabIndex < 0) {{ problems.push("a cell is not keyboard reachable"); break; }}
for (const th of document.querySelectorAll("th")) if (!th.getAttribute("scope")) {{ problems.push("a header without scope: " + th.textContent); break; }}
const pre = document.createElement("pre");
pre.id = "verdict";
pre.textContent = "@@" + "VERDICT" + JSON.stringify({{checked, problems}}) + "@@" + "END";
document.body.appendChild(pre);
</script>
"#,
        cells = cells.join(","),
        hostile = hostile.join(",")
    )
}

/// Writes the page with the test script, runs it, and returns (cells checked, problems).
fn verdict(
    chromium: &Path,
    name: &str,
    roster: &RosterFile,
    answer: &RosterAnswer,
    hostile: &[&str],
) -> (u64, Vec<String>) {
    let dir = scratch(name);
    let page = roster.page_of(answer).unwrap();
    let csp = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{PAGE_CSP}\">\n");
    assert!(page.contains(&csp), "the page carries its policy");
    // The test build: the policy (which allows no script) left out, the test script added.
    let test_page = page.replace(&csp, "").replace("</body>", &format!("{}</body>", script(answer, roster, hostile)));
    let path = dir.join("test.html");
    std::fs::write(&path, test_page).unwrap();
    let (dom, stderr) = browse(chromium, &dir, &path, &["--dump-dom", "--virtual-time-budget=10000"]);
    std::fs::write(dir.join("dom.html"), &dom).unwrap();
    let start = dom.find("@@VERDICT").unwrap_or_else(|| panic!("no verdict in the page; Chromium said:\n{stderr}"));
    let end = dom[start..].find("@@END").unwrap() + start;
    let json = dom[start + 9..end].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let problems = v["problems"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_owned()).collect();
    (v["checked"].as_u64().unwrap(), problems)
}

fn example_week() -> RosterFile {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    draft.with_staff(parse_staff(STAFF).unwrap()).unwrap()
}

/// A generated roster: every law-table row's example professional, in three of the example
/// places (everyone everywhere) for a week, with hostile labels for a person and a place.
fn generated() -> (RosterFile, [&'static str; 2]) {
    let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>"];
    let mut staff = Vec::new();
    let mut contexts = Vec::new();
    for (i, rule) in law::RULES.iter().enumerate().step_by(7) {
        let (who, ctx) = rule.example_case().unwrap();
        let mut member = StaffMember::new(format!("s{i}"), who);
        if staff.is_empty() {
            member = member.labelled(hostile[0]);
        }
        staff.push(member);
        if contexts.len() < 3 && ctx.date() >= Date::new(2021, 1, 1).unwrap() {
            contexts
                .push(ctx.to_builder().facts(CaseFacts::UNKNOWN).drug_unknown().technique_unknown().build().unwrap());
        }
    }
    // One day for all places: the first place's.
    let from = contexts[0].date();
    let through = (0..6).fold(from, |d, _| d.next_day().unwrap());
    let places: Vec<Place> = contexts
        .into_iter()
        .enumerate()
        .map(|(j, c)| {
            let place = Place::new(format!("p{j}"), c);
            if j == 0 { place.labelled(hostile[1]) } else { place }
        })
        .collect();
    let roster = RosterFile::new(staff, places, Procedure::ALL.to_vec(), from, through).unwrap();
    (roster, hostile)
}

#[test]
fn every_cell_shows_what_the_plan_says_in_a_real_browser() {
    let Some(chromium) = chromium() else { return };
    let week = example_week();
    for lang in [Lang::Nl, Lang::En] {
        let answer = week.answer(lang);
        let (checked, problems) = verdict(&chromium, &format!("week-{lang:?}"), &week, &answer, &[]);
        assert!(problems.is_empty(), "{lang:?}: {problems:#?}");
        assert_eq!(checked, 13 * 14 * 7, "every cell of the week");
    }
    let (roster, hostile) = generated();
    let answer = roster.answer(Lang::En);
    let (checked, problems) = verdict(&chromium, "generated", &roster, &answer, &hostile);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(checked > 1_000, "{checked}");
    // Several marks occur, so the opened-cell checks ran for each.
    let page = roster.page_of(&answer).unwrap();
    for mark in ["data-mark=\"Z\"", "data-mark=\"?\"", "data-mark=\"–\""] {
        assert!(page.contains(mark), "{mark}");
    }
}

#[test]
fn the_page_as_written_runs_clean_and_prints_one_page_per_day_and_the_overview() {
    let Some(chromium) = chromium() else { return };
    let week = example_week();
    let dir = scratch("print");
    let path = dir.join("week.html");
    std::fs::write(&path, week.page(Lang::Nl).unwrap()).unwrap();
    // No console message at all: no script error, no policy violation, no missing resource.
    let (_, stderr) = browse(
        &chromium,
        &dir,
        &path,
        &["--dump-dom", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"],
    );
    let console: Vec<&str> =
        stderr.lines().filter(|l| l.contains("CONSOLE") || l.contains("Refused") || l.contains("Uncaught")).collect();
    assert!(console.is_empty(), "{console:#?}");
    // Printed: one A4 landscape page per day and one for the overview.
    let pdf = dir.join("week.pdf");
    let _ = std::fs::remove_file(&pdf);
    browse(&chromium, &dir, &path, &[&format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer"]);
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert_eq!(pages, 7 + 1, "pages printed");
    // A4 landscape: 842 × 595 points (Chromium writes 841.92 × 594.96), on every page.
    let boxes: Vec<(f64, f64)> = text
        .split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            let n: Vec<f64> = rest.split(']').next().unwrap().split_whitespace().map(|x| x.parse().unwrap()).collect();
            (n[2] - n[0], n[3] - n[1])
        })
        .collect();
    assert_eq!(boxes.len(), pages);
    assert!(boxes.iter().all(|(w, h)| (w - 842.0).abs() < 1.0 && (h - 595.0).abs() < 1.0), "A4 landscape: {boxes:?}");
}

/// The service's HTML answers, their policies, and errors that stay JSON.
#[test]
fn the_service_answers_the_page_and_the_picker_under_their_policies() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(bevoegd::service::serve(listener, bevoegd::service::Config::default(), async {
            let _ = stopped.await;
        }))
    });
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let url = |path: &str| format!("http://{addr}{path}");
    // The example week with its staff in the roster, as the picker posts it.
    let mut roster: serde_json::Value = serde_json::from_str(ROSTER).unwrap();
    let staff: Vec<serde_json::Value> = STAFF.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for member in roster["staff"].as_array_mut().unwrap() {
        let line = staff.iter().find(|s| s["id"] == member["id"]).unwrap();
        member["professional"] = line["professional"].clone();
    }
    let body = roster.to_string();
    let mut r = agent
        .post(&url("/v1/plan?lang=en"))
        .header("accept", "text/html,application/xhtml+xml;q=0.9")
        .content_type("application/json")
        .send(&body)
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "text/html; charset=utf-8");
    assert_eq!(r.headers()["content-security-policy"], PAGE_CSP);
    let page = r.body_mut().read_to_string().unwrap();
    let expected = parse_roster(&body, Vec::new()).unwrap().page(Lang::En).unwrap();
    assert_eq!(page, expected, "the service's page is the library's");
    // Without `Accept: text/html`: JSON, as before.
    let mut r = agent.post(&url("/v1/plan")).content_type("application/json").send(&body).unwrap();
    assert_eq!(r.headers()["content-type"], "application/json");
    assert!(r.body_mut().read_to_string().unwrap().starts_with('{'));
    // A bad roster asked as HTML: the error stays JSON, naming the field.
    let mut r =
        agent.post(&url("/v1/plan")).header("accept", "text/html").content_type("application/json").send("{}").unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert_eq!(r.headers()["content-type"], "application/json");
    let error: serde_json::Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
    assert!(error["path"].is_string() && error["message"].is_string(), "{error}");
    // The picker and its script, under a policy that allows only the page's own script.
    for (path, media, holds) in [
        ("/?lang=en", "text/html; charset=utf-8", "Pick a roster file"),
        ("/", "text/html; charset=utf-8", "Kies een roosterbestand"),
        ("/page.js", "text/javascript; charset=utf-8", "/v1/plan?lang="),
    ] {
        let mut r = agent.get(&url(path)).call().unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        assert_eq!(r.headers()["content-type"], media, "{path}");
        let csp = r.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert!(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), "{csp}");
        assert!(r.body_mut().read_to_string().unwrap().contains(holds), "{path}");
    }
    // A roster past the page's size is refused as a page, before it is planned, in JSON; as JSON
    // it is answered.
    let staff: Vec<serde_json::Value> = (0..250)
        .map(|i| serde_json::json!({"id": format!("s{i}"), "professional": {"name": format!("N{i}"), "registrations": [{"profession": "nurse", "history": [{"period": {"from": "2010-01-01"}, "status": "active"}]}]}}))
        .collect();
    let big = serde_json::json!({
        "from": "2025-03-10", "through": "2025-03-16",
        "procedures": Procedure::ALL.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        "places": [{"id": "ward", "context": {"field": "medicine"}}],
        "staff": staff
    })
    .to_string();
    let roster = parse_roster(&big, Vec::new()).unwrap();
    assert_eq!(roster.cells(), 250 * 14 * 7);
    let too_large = roster.page(Lang::Nl).unwrap_err();
    assert_eq!((too_large.cells, too_large.max), (24_500, bevoegd::MAX_PAGE_CELLS));
    let mut r =
        agent.post(&url("/v1/plan")).header("accept", "text/html").content_type("application/json").send(&big).unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert_eq!(r.headers()["content-type"], "application/json");
    let error: serde_json::Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
    assert!(error["message"].as_str().unwrap().contains("more than a page shows (20000)"), "{error}");
    let r = agent.post(&url("/v1/plan")).content_type("application/json").send(&big).unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let mut r = agent.get(&url("/?lang=xx")).call().unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert!(r.body_mut().read_to_string().unwrap().contains("\"path\":\"lang\""));
    let _ = stop.send(());
    thread.join().unwrap().unwrap();
}
