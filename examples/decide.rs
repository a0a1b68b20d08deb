//! Decides JSON Lines: one request per line on stdin, one answer per line on stdout, in order.
//!
//! ```sh
//! cargo run --example decide -- --lang en < examples/data/requests.jsonl > answers.jsonl
//! ```
//!
//! A good line gives `{"line": N, "audit": {...}}` (the decision with its outcome, route, reasons,
//! codes, citations and explanation, the engine version and the legal-basis date); a bad line
//! gives `{"line": N, "error": {"path": "...", "message": "..."}}`, naming the JSON path of the bad
//! field, and processing goes on. A line holds exactly one JSON value: anything after it (a
//! second request, trailing text) makes the line bad, never silently dropped. A UTF-8 byte-order
//! mark at the start of a line is skipped. A line longer than `--max-line-bytes` (default 1 MiB)
//! is answered with an error and skipped without being held in memory.
//!
//! Exit status 0 when every line was good, 1 when any line was bad, 2 for a usage error. The
//! format is documented in `docs/wire-format.md`.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use bevoegd::{AuditRecord, Lang, Request};
use serde::Serialize;

const USAGE: &str = "\
usage: decide [--lang nl|en] [--max-line-bytes N]

Reads one JSON request per line on standard input and writes one JSON answer per line on standard
output, in order. Answers are in Dutch unless --lang en.

  --lang nl|en          language of the explanations (default nl)
  --max-line-bytes N    longest line accepted, in bytes (default 1048576)
  --help                this text

Exit status: 0 every line was good, 1 some line was bad, 2 usage or I/O error.";

/// The longest bad value quoted back in an error message, in characters.
const QUOTE_MAX: usize = 64;

#[derive(Serialize)]
struct Answer {
    line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    audit: Option<AuditRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<LineError>,
}

#[derive(Serialize)]
struct LineError {
    path: String,
    message: String,
}

struct Options {
    lang: Lang,
    max_line_bytes: usize,
}

enum Parsed {
    Run(Options),
    Help,
}

fn parse_args(args: &[String]) -> Result<Parsed, String> {
    let mut options = Options { lang: Lang::Nl, max_line_bytes: 1 << 20 };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(Parsed::Help);
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg.as_str(), None),
        };
        let mut value = || -> Result<&str, String> {
            match inline {
                Some(v) => Ok(v),
                None => it.next().map(String::as_str).ok_or_else(|| format!("`{name}` needs a value")),
            }
        };
        match name {
            "--lang" => {
                let v = value()?;
                options.lang = v.parse().map_err(|_| format!("unknown language `{v}`, expected `nl` or `en`"))?;
            }
            "--max-line-bytes" => {
                let v = value()?;
                options.max_line_bytes = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("`--max-line-bytes` takes a positive whole number, not `{v}`"))?;
            }
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(Parsed::Run(options))
}

/// Cuts every backtick-quoted value in `message` to at most [`QUOTE_MAX`] characters.
fn cut_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(512));
    let mut parts = message.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        // Odd parts (0-based after the first) are inside backticks.
        if i % 2 == 0 && part.chars().count() > QUOTE_MAX {
            out.extend(part.chars().take(QUOTE_MAX));
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The message of a JSON error without serde_json's "at line 1 column N": the answer names its
/// own line, and the column of a one-line request is noise next to the path.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    cut_quotes(text.strip_suffix(&suffix).unwrap_or(&text))
}

/// Answers one line: the audit record, or the JSON path and message of what is wrong.
fn answer(text: &str, lang: Lang) -> Result<AuditRecord, LineError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let de = &mut serde_json::Deserializer::from_str(text);
    let request: Request = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let (path, message) = bevoegd::error_location(&e.path().to_string(), &json_message(e.inner()));
        LineError { path, message }
    })?;
    // Exactly one value per line: a second request or trailing text is an error, never dropped.
    de.end().map_err(|_| LineError {
        path: ".".to_owned(),
        message: "a line must hold exactly one request; found more after it".to_owned(),
    })?;
    Ok(request.audit(lang))
}

/// Reads the next line into `buf` (without its `\n`), holding at most `max` bytes of it. Returns
/// `None` at the end of input, `Some(false)` when the line was longer than `max` (the rest of it
/// is read and dropped), `Some(true)` otherwise.
fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let n = input.by_ref().take(limit).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(true));
    }
    if buf.len() <= max {
        return Ok(Some(true)); // the last line, without a final newline
    }
    // Too long: skip to the end of the line without keeping it.
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                break;
            }
            None => {
                let len = chunk.len();
                input.consume(len);
            }
        }
    }
    Ok(Some(false))
}

fn run(options: &Options, mut input: impl BufRead, output: impl Write) -> io::Result<bool> {
    let mut out = BufWriter::new(output);
    let mut all_good = true;
    let mut buf = Vec::new();
    let mut number = 0u64;
    while let Some(fits) = next_line(&mut input, &mut buf, options.max_line_bytes)? {
        number += 1;
        let result = if !fits {
            Err(LineError {
                path: ".".to_owned(),
                message: format!("line is longer than {} bytes (`--max-line-bytes`)", options.max_line_bytes),
            })
        } else {
            match std::str::from_utf8(&buf) {
                Ok(text) => answer(text.strip_suffix('\r').unwrap_or(text), options.lang),
                Err(_) => Err(LineError { path: ".".to_owned(), message: "line is not valid UTF-8".to_owned() }),
            }
        };
        let line = match result {
            Ok(audit) => Answer { line: number, audit: Some(audit), error: None },
            Err(error) => {
                all_good = false;
                Answer { line: number, audit: None, error: Some(error) }
            }
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_good)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("decide: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options, io::stdin().lock(), io::stdout().lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("decide: {e}");
            ExitCode::from(2)
        }
    }
}
