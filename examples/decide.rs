//! Decides JSON Lines: one request per line on stdin, one answer per line on stdout, in order.
//!
//! ```sh
//! cargo run --example decide -- --lang en < requests.jsonl > answers.jsonl
//! ```
//!
//! A good line gives `{"line": N, "audit": {...}}` (the decision with its outcome, route, reasons,
//! codes, citations and explanation, the engine version and the legal-basis date); a bad line
//! gives `{"line": N, "error": {"path": "...", "message": "..."}}`, naming the JSON path of the bad
//! field, and processing goes on. Exit status 0 when every line was good, 1 when any line was bad,
//! 2 for a usage error. The format is documented in `docs/wire-format.md`.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use bevoegd::{AuditRecord, Lang, Request};
use serde::Serialize;

#[derive(Serialize)]
struct Answer<'a> {
    line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    audit: Option<AuditRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<LineError<'a>>,
}

#[derive(Serialize)]
struct LineError<'a> {
    path: &'a str,
    message: String,
}

fn parse_lang(args: &[String]) -> Result<Lang, String> {
    let mut lang = Lang::Nl;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = match arg.strip_prefix("--lang=") {
            Some(v) => v,
            None if arg == "--lang" => it.next().ok_or("`--lang` needs a value: `nl` or `en`")?,
            None => return Err(format!("unknown argument `{arg}`; usage: decide [--lang nl|en]")),
        };
        lang = value.parse().map_err(|_| format!("unknown language `{value}`, expected `nl` or `en`"))?;
    }
    Ok(lang)
}

/// Answers one line: the audit record, or the JSON path and message of what is wrong.
fn answer(text: &str, lang: Lang) -> Result<AuditRecord, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let request: Request =
        serde_path_to_error::deserialize(de).map_err(|e| (e.path().to_string(), e.inner().to_string()))?;
    Ok(request.audit(lang))
}

fn run(lang: Lang, input: impl BufRead, output: impl Write) -> io::Result<bool> {
    let mut out = BufWriter::new(output);
    let mut all_good = true;
    for (number, raw) in (1u64..).zip(input.split(b'\n')) {
        let raw = raw?;
        let result = match String::from_utf8(raw) {
            Ok(text) => answer(text.trim_end_matches('\r'), lang),
            Err(_) => Err((".".to_owned(), "line is not valid UTF-8".to_owned())),
        };
        let line = match result {
            Ok(audit) => Answer { line: number, audit: Some(audit), error: None },
            Err((path, message)) => {
                all_good = false;
                // Written before the borrow below ends: the answer is serialised right away.
                let error = LineError { path: &path, message };
                let text = serde_json::to_string(&Answer { line: number, audit: None, error: Some(error) })?;
                writeln!(out, "{text}")?;
                continue;
            }
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    Ok(all_good)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match parse_lang(&args) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("decide: {message}");
            return ExitCode::from(2);
        }
    };
    match run(lang, io::stdin().lock(), io::stdout().lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("decide: {e}");
            ExitCode::from(2)
        }
    }
}
