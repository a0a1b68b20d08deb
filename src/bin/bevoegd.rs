//! The `bevoegd` command: decide JSON Lines, explain one request, print the authorisation
//! matrix, replay audit records (and, with the features, print the JSON Schema and serve HTTP).
//!
//! ```text
//! cargo install --path . --features cli        # or --features cli,serve for `bevoegd serve`
//! bevoegd decide --lang en < requests.jsonl > answers.jsonl
//! ```
//!
//! Exit status: 0 all good; 1 some input was bad, or (replay) some answer changed; 2 usage or I/O
//! error.

use std::io::{self, BufReader, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use bevoegd::jsonl::{self, Options};
use bevoegd::{Date, Lang};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "bevoegd",
    version,
    about = "May this professional perform this reserved procedure? (Dutch Wet BIG art. 35-39)",
    after_help = "Exit status: 0 all good; 1 some input was bad or (replay) some answer changed; 2 usage or I/O error.\nThe JSON forms are documented in docs/wire-format.md."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Language {
    /// Dutch.
    Nl,
    /// English.
    En,
}

impl From<Language> for Lang {
    fn from(l: Language) -> Lang {
        match l {
            Language::Nl => Lang::Nl,
            Language::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A Markdown table.
    Markdown,
    /// JSON: one object per row in force.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Reads one JSON request per line on standard input and writes one JSON answer per line, in
    /// order: `{"line", "audit"}` or `{"line", "error": {"path", "message"}}`.
    Decide {
        /// Language of the explanations.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Language,
        /// Longest line accepted, in bytes; a longer line is answered with an error.
        #[arg(long, default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES, value_parser = clap::value_parser!(usize))]
        max_line_bytes: usize,
        /// Put the canonical request in every audit record, so that `bevoegd replay` can re-decide it.
        #[arg(long)]
        replayable: bool,
        /// Threads answering (default: the cores available). The answers are the same, in the same
        /// order, whatever the number.
        #[arg(long, value_parser = clap::value_parser!(NonZeroUsize))]
        jobs: Option<NonZeroUsize>,
    },
    /// Answers one request (a JSON file, `-` for standard input) as readable text: the outcome,
    /// every reason with its article, and what is missing.
    Explain {
        /// The request file.
        file: PathBuf,
        /// Language of the text.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Language,
    },
    /// Prints the authorisation matrix of the law table on a day.
    Matrix {
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        date: Date,
        /// Output format.
        #[arg(long, value_enum, default_value = "markdown")]
        format: Format,
    },
    /// Reads audit records (JSON Lines, as `bevoegd decide --replayable` writes them) on standard
    /// input, re-decides each under this engine and law table, and writes one line per record:
    /// `same`, `changed` (with both answers) or `error`. Exit 1 when any changed or is bad.
    Replay {
        /// Longest line accepted, in bytes.
        #[arg(long, default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
    },

    /// Prints the JSON Schema (draft 2020-12) of the wire format: `request` or `answer`.
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: bevoegd::schema::Which,
    },
    /// Serves the HTTP API (see the README): POST /v1/decide, /v1/decide:batch, /v1/who-may;
    /// GET /v1/law, /healthz.
    #[cfg(feature = "serve")]
    Serve(bevoegd::service::Config),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("bevoegd: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let good = |ok: bool| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) };
    match command {
        Command::Decide { lang, max_line_bytes, replayable, jobs } => {
            if max_line_bytes == 0 {
                return Err("`--max-line-bytes` must be positive".into());
            }
            let options = Options { lang: lang.into(), max_line_bytes, replayable };
            let jobs = jobs.or_else(|| std::thread::available_parallelism().ok()).unwrap_or(NonZeroUsize::MIN);
            let summary = jsonl::answer_lines_parallel(&options, jobs, io::stdin().lock(), io::stdout().lock())?;
            Ok(good(summary.bad == 0))
        }
        Command::Explain { file, lang } => {
            let text = if file.as_os_str() == "-" {
                io::read_to_string(io::stdin().lock())?
            } else {
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?
            };
            let lang: Lang = lang.into();
            let mut out = io::stdout().lock();
            match jsonl::parse_request(&text) {
                Ok(request) => {
                    writeln!(out, "{}", explain(&request, lang))?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    writeln!(out, "{e}")?;
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Matrix { date, format } => {
            let mut out = io::stdout().lock();
            match format {
                Format::Markdown => write!(out, "{}", bevoegd::law::matrix_markdown_on(date))?,
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&bevoegd::law::matrix_on(date))?)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Replay { max_line_bytes } => {
            let summary =
                jsonl::replay_lines(max_line_bytes.max(1), BufReader::new(io::stdin().lock()), io::stdout().lock())?;
            eprintln!("bevoegd replay: {} records, {} changed, {} bad", summary.lines, summary.changed, summary.bad);
            Ok(good(summary.changed == 0 && summary.bad == 0))
        }

        Command::Schema { which } => {
            writeln!(io::stdout().lock(), "{}", serde_json::to_string_pretty(&bevoegd::schema::schema(which))?)?;
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "serve")]
        Command::Serve(config) => {
            bevoegd::service::run(config)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The readable answer: the outcome line, every reason with its article, what is missing, and
/// how long the answer holds.
fn explain(request: &bevoegd::Request, lang: Lang) -> String {
    let report = request.report(lang);
    let mut out = String::new();
    let en = lang == Lang::En;
    let heading = match request.procedure() {
        Some(p) => format!("{} ({}), {}", p.short_name(lang), p.code(), report.date),
        None => format!("{}", report.date),
    };
    out.push_str(&heading);
    out.push('\n');
    for line in &report.explanation {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    if let Some(decision) = request.decide() {
        let missing = decision.missing();
        if !missing.is_empty() {
            out.push_str(if en { "What is missing:\n" } else { "Wat ontbreekt:\n" });
            for m in missing {
                out.push_str("  - ");
                out.push_str(&m.describe(lang));
                out.push('\n');
            }
        }
    }
    if let Some(h) = &report.holds_until {
        out.push_str(&if en {
            format!("Holds until {}.\n", h.until)
        } else {
            format!("Geldt tot en met {}.\n", h.until)
        });
    }
    out.trim_end().to_owned()
}
