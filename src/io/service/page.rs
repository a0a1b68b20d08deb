//! The planner's page: `GET /` (pick a roster file, see its plan), `GET /page.js` (its script),
//! and the roster page as the answer of `POST /v1/plan` with `Accept: text/html`. Every page is
//! sent with a Content-Security-Policy that allows no code but the page's own.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, AskedLang};
use crate::text::Lang;

/// The policy of the picker page: its own script (`/page.js`) and its own inline style, and
/// requests to this service only.
const PICKER_CSP: &str = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; \
                          img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Whether the request asks for HTML (`Accept` naming `text/html`).
pub(super) fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.split(',').any(|m| m.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("text/html"))))
}

/// A roster page as the answer: HTML under the page's policy.
pub(super) fn html(body: Vec<u8>) -> Response {
    page(body, crate::plan::page::PAGE_CSP, "text/html; charset=utf-8")
}

fn page(body: impl Into<axum::body::Body>, csp: &'static str, media: &'static str) -> Response {
    let mut response = Response::new(body.into());
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// `GET /`: the picker page in the asked language (`?lang=nl|en`, else the service's).
pub(super) async fn picker(State(s): State<AppState>, AskedLang(lang): AskedLang) -> Response {
    let lang = lang.unwrap_or(s.config.lang);
    page(picker_page(lang), PICKER_CSP, "text/html; charset=utf-8")
}

/// `GET /page.js`: the picker's script.
pub(super) async fn script() -> Response {
    page(SCRIPT, PICKER_CSP, "text/javascript; charset=utf-8").into_response()
}

fn picker_page(lang: Lang) -> String {
    let t = |nl: &'static str, en: &'static str| match lang {
        Lang::Nl => nl,
        Lang::En => en,
    };
    let code = match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <style>body{{font-family:system-ui,Arial,sans-serif;margin:2rem;max-width:48rem;color:#111}}\
         label{{display:block;margin:.8rem 0 .3rem;font-weight:600}}button{{margin-top:.8rem;font-size:1rem;padding:.3rem .9rem}}\
         #status{{margin-top:1rem}}.error{{color:#7a1500}}</style>\n\
         <script src=\"/page.js\" defer></script>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{intro}</p>\n\
         <form id=\"pick\" data-lang=\"{code}\">\n<label for=\"file\">{file}</label>\n\
         <input id=\"file\" name=\"file\" type=\"file\" accept=\".json,application/json\" required>\n\
         <div><button type=\"submit\">{show}</button></div>\n</form>\n\
         <p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</main>\n</body>\n</html>\n",
        title = t("Bevoegd: roosterpagina", "Bevoegd: roster page"),
        intro = t(
            "Kies een roosterbestand (de JSON van bevoegd plan). Het rooster wordt op deze server gepland en als pagina getoond; \
             het bestand blijft verder bij u.",
            "Pick a roster file (the JSON of bevoegd plan). The roster is planned on this server and shown as a page; \
             the file goes nowhere else."
        ),
        file = t("Roosterbestand", "Roster file"),
        show = t("Toon het rooster", "Show the roster"),
    )
}

/// The picker's script: reads the file picked, asks `POST /v1/plan` for the page, and shows it
/// (or the JSON error's field and message, as text).
const SCRIPT: &str = r#""use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("pick");
  const status = document.getElementById("status");
  const lang = form.dataset.lang === "en" ? "en" : "nl";
  const say = (text, error) => { status.textContent = text; status.className = error ? "error" : ""; };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("file").files[0];
    if (!file) { say(lang === "en" ? "Pick a roster file first." : "Kies eerst een roosterbestand.", true); return; }
    say(lang === "en" ? "Planning…" : "Bezig met plannen…", false);
    try {
      const response = await fetch("/v1/plan?lang=" + lang, {
        method: "POST",
        headers: { "content-type": "application/json", "accept": "text/html" },
        body: await file.text(),
      });
      if (!response.ok) {
        let message = response.status + " " + response.statusText;
        try {
          const body = await response.json();
          if (body && body.error) { message = body.error.path + ": " + body.error.message; }
        } catch (_) { /* not JSON: the status says it */ }
        say(message, true);
        return;
      }
      const page = new Blob([await response.text()], { type: "text/html" });
      window.location.assign(URL.createObjectURL(page));
    } catch (error) {
      say(String(error), true);
    }
  });
});
"#;
