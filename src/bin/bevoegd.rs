//! The `bevoegd` command: decide JSON Lines, explain one request, print the authorisation
//! matrix, replay audit records (and, with the features, print the JSON Schema and serve HTTP).
//!
//! ```text
//! cargo install --path . --features cli        # or --features cli,serve for `bevoegd serve`
//! bevoegd decide --lang en < requests.jsonl > answers.jsonl
//! ```
//!
//! Exit status: 0 all good; 1 some input was bad, or (replay) some answer changed; 2 usage or I/O
//! error (a closed standard output among them); `replay --detailed-exit-codes` gives the worst
//! verdict's code (3-9).

use std::io::{self, BufReader, Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use bevoegd::jsonl::{self, Options};
use bevoegd::{Date, Lang};
use clap::{Parser, Subcommand, ValueEnum};

/// `--version`: the engine, the day its law table was last checked, and the table's fingerprint.
static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{} (legal_basis_as_of {}, law_fingerprint {})",
        env!("CARGO_PKG_VERSION"),
        bevoegd::law::LEGAL_BASIS_AS_OF,
        bevoegd::law::fingerprint()
    )
});

/// The most answering threads `--jobs` takes: more than any machine this runs on has cores, few
/// enough that starting them cannot exhaust the process.
const MAX_JOBS: usize = 256;

/// A count of at least 1 (every limit and count flag: 0 would refuse everything or mean nothing).
fn positive(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_owned()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// `--jobs`: 1 to [`MAX_JOBS`].
fn risk_window(text: &str) -> Result<u32, String> {
    let n: u32 = text.parse().map_err(|e: std::num::ParseIntError| e.to_string())?;
    if n > bevoegd::MAX_RISK_WINDOW_DAYS {
        return Err(format!("at most {} days", bevoegd::MAX_RISK_WINDOW_DAYS));
    }
    Ok(n)
}

fn jobs(text: &str) -> Result<NonZeroUsize, String> {
    let n = positive(text)?;
    if n > MAX_JOBS {
        return Err(format!("at most {MAX_JOBS}"));
    }
    NonZeroUsize::new(n).ok_or_else(|| "must be at least 1".to_owned())
}

#[derive(Parser)]
#[command(
    name = "bevoegd",
    version = VERSION.as_str(),
    about = "May this professional perform this reserved procedure? (Dutch Wet BIG art. 35-39)",
    after_help = "Exit status: 0 all good; 1 some input was bad or (replay) some answer changed; 2 usage or I/O error.\nThe JSON forms are documented in docs/wire-format.md."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `bevoegd plan` writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PlanFormat {
    /// The answer as JSON.
    Json,
    /// The roster page, HTML.
    Html,
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

/// What `bevoegd import` reads.
#[derive(Subcommand)]
enum Source {
    /// The BIG register's `ListHcpApprox4` answer, as SOAP XML or in its JSON form. The id of a
    /// person is the BIG number of their first registration.
    BigRegister {
        /// The answer; standard input when absent or `-`.
        file: Option<PathBuf>,
        #[command(flatten)]
        common: ImportArgs,
    },
    /// FHIR R4 JSON: a Bundle, one Practitioner or PractitionerRole, a JSON array of resources,
    /// or NDJSON. The id of a person is `Practitioner.id`.
    Fhir {
        /// The resources; standard input when absent or `-`.
        file: Option<PathBuf>,
        #[command(flatten)]
        common: ImportArgs,
    },
    /// A learning or HR system's qualification export (CSV) joined to a staff file: the staff
    /// file again, each member with the competence records of their rows added.
    Qualifications {
        /// The export (standard input when absent or `-`).
        file: Option<PathBuf>,
        /// The hospital's mapping from qualification code to competence (JSON).
        #[arg(long)]
        mapping: PathBuf,
        /// The staff file the rows are joined to by employee number (= staff id).
        #[arg(long)]
        staff: PathBuf,
        /// Write the error lines to this file instead of standard error.
        #[arg(long)]
        report: Option<PathBuf>,
        /// The largest file read, in bytes.
        #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_MAX_LINE_BYTES, value_parser = positive)]
        max_bytes: usize,
    },
}

#[derive(clap::Args)]
struct ImportArgs {
    /// The day the source was looked up, YYYY-MM-DD: a specialism or role without dates holds
    /// from that day.
    #[arg(long)]
    looked_up_on: Date,
    /// The hospital's own ids: a CSV file with the header `source_id,staff_id`. A source id not
    /// in it is an error line.
    #[arg(long)]
    ids: Option<PathBuf>,
    /// Largest input read, in bytes; a larger one is refused (exit 1).
    #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_MAX_LINE_BYTES, value_parser = positive)]
    max_bytes: usize,
    /// Register answers: a JSON file mapping measure descriptions to the measure each is, e.g.
    /// `{"Hello world": "no_effect", "Beperking: geen injecties": {"partial_withdrawal":
    /// {"procedures": ["injection"]}}}`, used before the statutory names the importer knows.
    #[arg(long)]
    measures: Option<PathBuf>,
    /// FHIR: what a registration known only from a role (no register look-up) is worth;
    /// `unconfirmed` marks it so in its provenance, and its answers wait on
    /// `"registration_confirmed": true` in a request's `facts`.
    #[arg(long, value_enum, default_value = "trusted")]
    role_only: bevoegd::fhir::RoleOnly,
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
        #[arg(long, default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES, value_parser = positive)]
        max_line_bytes: usize,
        /// Put the canonical request in every audit record, so that `bevoegd replay` can re-decide it.
        #[arg(long)]
        replayable: bool,
        /// Threads answering, 1 to 256 (default: the cores available). The answers are the same,
        /// in the same order, whatever the number.
        #[arg(long, value_parser = jobs)]
        jobs: Option<NonZeroUsize>,
        /// Hold this staff file: a request may name a person by `"staff_id"` instead of carrying
        /// the `"professional"`.
        #[arg(long)]
        staff: Option<PathBuf>,
    },
    /// Who of a staff file may perform each procedure in a context: one JSON line per procedure,
    /// per person the route and the whole answer (as `POST /v1/who-may`).
    WhoMay {
        /// The staff file (what `bevoegd import` prints).
        #[arg(long)]
        staff: PathBuf,
        /// The context, one JSON document with its date (`-`: standard input).
        #[arg(long)]
        context: PathBuf,
        /// The procedure (repeat for more); every reserved procedure when absent.
        #[arg(long)]
        procedure: Vec<bevoegd::Procedure>,
        /// The largest file read, in bytes.
        #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_MAX_LINE_BYTES, value_parser = positive)]
        max_bytes: usize,
    },
    /// Answers one request (a JSON file, `-` for standard input) as readable text: the outcome,
    /// every reason with its article, and what is missing.
    Explain {
        /// The request file.
        file: PathBuf,
        /// Language of the text.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Language,
        /// Largest request file read, in bytes; a larger one is refused (exit 1) without being
        /// read further.
        #[arg(long, default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES, value_parser = positive)]
        max_line_bytes: usize,
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
    /// Reads audit records (JSON Lines: `bevoegd decide --replayable` answers, or the service's
    /// decision log) on standard input, re-decides each under this engine and law table, checks
    /// the log's hash chain (and MACs, with the key), and writes one line per line read:
    /// `status` same, changed (with both answers) or error, and a finer `verdict`. Exit 1 when
    /// any is not `same`.
    Replay {
        /// Longest line accepted, in bytes (the default reads every record the service writes
        /// with its default limits).
        #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_MAX_LINE_BYTES, value_parser = positive)]
        max_line_bytes: usize,
        /// The secret key the log was written with (`bevoegd serve --decision-log-key-file`):
        /// every record's MAC must verify.
        #[arg(long)]
        decision_log_key_file: Option<PathBuf>,
        /// Exit with the worst verdict's code: 0 same, 3 same_other_table, 4 annotation_changed,
        /// 5 outcome_changed, 6 newer_version, 7 torn, 8 error, 9 tampered.
        #[arg(long)]
        detailed_exit_codes: bool,
        /// How many recent decision ids are remembered to report repeats.
        #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_WINDOW, value_parser = positive)]
        window: usize,
    },

    /// Plans a roster file (one JSON document, docs/wire-format.md) read from FILE or standard
    /// input: every cell's answers over the days, the coverage, the gaps and the labels, as one
    /// JSON document. A bad roster gives `{"error": {"path", "message"}}` and exit 1.
    Plan {
        /// The roster file; standard input when absent or `-`.
        file: Option<PathBuf>,
        /// A staff file (JSON Lines or a JSON array, as `bevoegd import` writes it): its members
        /// are added after the roster's own `staff`.
        #[arg(long)]
        staff: Option<PathBuf>,
        /// Language of the labels.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Language,
        /// Largest roster or staff file read, in bytes; a larger one is refused (exit 1).
        #[arg(long, default_value_t = jsonl::DEFAULT_REPLAY_MAX_LINE_BYTES, value_parser = positive)]
        max_bytes: usize,
        /// Indent the answer for reading.
        #[arg(long)]
        pretty: bool,
        /// Also say where each cell stands on each day: at risk when the person may act but
        /// not from a day within this many days on (a competence record ends, ...), lapsed,
        /// or never (at most 3660).
        #[arg(long, value_parser = risk_window)]
        risk_window: Option<u32>,
        /// The hospital's qualification mapping: the `validity_months` of its codes say how long
        /// a renewal advised runs (unless the roster's `validity` says).
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// `json` (the answer, as the service gives it) or `html` (the roster page: one
        /// self-contained file to open in a browser or print). Errors stay JSON.
        #[arg(long, value_enum, default_value = "json")]
        format: PlanFormat,
    },
    /// Turns a BIG-register answer or FHIR resources (JSON or XML) into a staff file: JSON Lines
    /// `{"id", "professional", "skipped", "errors"}` on standard output; a person who cannot be
    /// placed at all as `{"error": {"path", "message"}}` on standard error. Exit 1 when any record
    /// could not be placed (an error line, or a staff line whose `errors` is not empty), 0
    /// otherwise; `skipped` never fails the run.
    Import {
        #[command(subcommand)]
        source: Source,
    },
    /// Runs test cases (`{"name", "source", "request", "expected"}`: one per JSON file, or JSON
    /// Lines; a directory: its `.json` and `.jsonl` files) and reports each: pass, or fail with
    /// the fields that differ. Exit 1 when a case fails, 2 when a file is malformed.
    Test {
        /// Case files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also list which law-table rows the cases exercised (granted, or assessed and failed),
        /// with a summary.
        #[arg(long)]
        coverage: bool,
        /// Write JSON Lines (one report per case, then the coverage) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Prints the JSON Schema (draft 2020-12) of a wire form: `request`, `answer`, `roster`,
    /// `plan`, `staff` (a staff file member), `import` (a line `bevoegd import` writes) or `case`
    /// (a test case `bevoegd test` reads).
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: bevoegd::schema::Which,
    },
    /// Serves the HTTP API (see the README and docs/operations.md): POST /v1/decide,
    /// /v1/decide:batch, /v1/who-may, /v1/plan, /v1/import/big-register, /v1/import/fhir; GET
    /// /v1/law, /v1/health, /v1/openapi.json, /metrics, /healthz.
    #[cfg(feature = "serve")]
    Serve {
        /// Address to listen on: `IP:PORT`, or `HOST:PORT` to listen on every address the host
        /// name resolves to (`localhost:8080`: each loopback address). An address other
        /// machines can reach gets a warning: the service has no TLS or authentication itself.
        #[arg(long, env = "BEVOEGD_LISTEN", default_value = "127.0.0.1:8080")]
        listen: String,
        #[command(flatten)]
        config: Box<bevoegd::service::Config>,
    },
}

/// Fails when standard output was closed (`>&-`). Rust's runtime then puts `/dev/null` in its
/// place (opened for reading and writing, unlike a shell's `> /dev/null`), every write is
/// discarded and reported as a success, and the answers would be lost without a word.
#[cfg(target_os = "linux")]
fn stdout_is_open() -> io::Result<()> {
    let closed = || {
        Err(io::Error::new(
            io::ErrorKind::BrokenPipe,
            "standard output is closed: the answers would be lost; nothing was read",
        ))
    };
    if !std::path::Path::new("/proc/self/fd").exists() {
        return Ok(()); // no procfs to ask
    }
    let Ok(target) = std::fs::read_link("/proc/self/fd/1") else { return closed() };
    if target != std::path::Path::new("/dev/null") {
        return Ok(());
    }
    // The access mode is the lowest two bits of the octal `flags` (2: read and write).
    let info = std::fs::read_to_string("/proc/self/fdinfo/1").unwrap_or_default();
    let flags = info.lines().find_map(|l| l.strip_prefix("flags:")).map(str::trim);
    let mode = flags.and_then(|f| u32::from_str_radix(f, 8).ok()).map(|f| f & 0o3);
    if mode == Some(0o2) { closed() } else { Ok(()) }
}

#[cfg(not(target_os = "linux"))]
fn stdout_is_open() -> io::Result<()> {
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    #[cfg(feature = "serve")]
    let writes_stdout = !matches!(cli.command, Command::Serve { .. });
    #[cfg(not(feature = "serve"))]
    let writes_stdout = true;
    if writes_stdout && let Err(e) = stdout_is_open() {
        eprintln!("bevoegd: {e}");
        return ExitCode::from(2);
    }
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
        Command::Decide { lang, max_line_bytes, replayable, jobs, staff } => {
            let staff = match staff {
                None => None,
                Some(path) => match read_staff(&path)? {
                    Ok(held) => Some(std::sync::Arc::new(held)),
                    Err(bad) => return bad_input(&bad),
                },
            };
            let options = Options { lang: lang.into(), max_line_bytes, replayable, staff };
            let jobs = jobs.or_else(|| std::thread::available_parallelism().ok()).unwrap_or(NonZeroUsize::MIN);
            let summary = jsonl::answer_lines_parallel(&options, jobs, io::stdin().lock(), io::stdout().lock())?;
            Ok(good(summary.bad == 0))
        }
        Command::Explain { file, lang, max_line_bytes } => {
            let name = if file.as_os_str() == "-" { "standard input".to_owned() } else { file.display().to_string() };
            // The file is read up to one byte past the limit, so that a larger one is known
            // without reading it whole (`/dev/zero` ends here too).
            let limit = u64::try_from(max_line_bytes).unwrap_or(u64::MAX).saturating_add(1);
            let mut bytes = Vec::new();
            if file.as_os_str() == "-" {
                io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
            } else {
                let f = std::fs::File::open(&file).map_err(|e| format!("{name}: {e}"))?;
                f.take(limit).read_to_end(&mut bytes).map_err(|e| format!("{name}: {e}"))?;
            }
            let lang: Lang = lang.into();
            let mut out = io::stdout().lock();
            // Bad input is exit 1, as `decide`'s; only usage and I/O errors are 2.
            let bad = |out: &mut io::StdoutLock<'_>, message: String| -> Result<ExitCode, Box<dyn std::error::Error>> {
                writeln!(out, "{name}: {message}")?;
                Ok(ExitCode::from(1))
            };
            if bytes.len() > max_line_bytes {
                return bad(&mut out, format!("the file is larger than {max_line_bytes} bytes (`--max-line-bytes`)"));
            }
            let Ok(text) = std::str::from_utf8(&bytes) else {
                return bad(&mut out, "the file is not valid UTF-8".to_owned());
            };
            match jsonl::parse_request(text) {
                Ok(request) => {
                    writeln!(out, "{}", explain(&request, lang))?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    let message = e.to_string().replace("a line must hold", "the file must hold");
                    bad(&mut out, message)
                }
            }
        }
        Command::Matrix { date, format } => {
            // The dates `decide` refuses, refused the same way.
            if date < bevoegd::law::COVERAGE_START {
                let problem = bevoegd::Problem::BeforeCoverage { date, coverage_start: bevoegd::law::COVERAGE_START };
                return Err(format!("`--date`: {problem}").into());
            }
            let mut out = io::stdout().lock();
            match format {
                Format::Markdown => write!(out, "{}", bevoegd::law::matrix_markdown_on(date))?,
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&bevoegd::law::matrix_on(date))?)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Replay { max_line_bytes, decision_log_key_file, detailed_exit_codes, window } => {
            let mut options = jsonl::ReplayOptions::default();
            options.max_line_bytes = max_line_bytes.max(1);
            options.key = decision_log_key_file.as_deref().map(bevoegd::chain::Key::from_file).transpose()?;
            options.window = window;
            let summary = jsonl::replay_log(&options, BufReader::new(io::stdin().lock()), io::stdout().lock())?;
            eprintln!(
                "bevoegd replay: {} records, {} changed, {} bad ({} tampered, {} torn), {} with warnings",
                summary.lines, summary.changed, summary.bad, summary.tampered, summary.torn, summary.warned
            );
            Ok(ExitCode::from(summary.exit_code(detailed_exit_codes)))
        }

        Command::Plan { file, staff, lang, max_bytes, pretty, risk_window, mapping, format } => {
            let mapping = match mapping {
                None => None,
                Some(path) => match read_input(Some(&path), max_bytes)? {
                    Ok(text) => match bevoegd::qualifications::parse_mapping(&text) {
                        Ok(m) => Some(m),
                        Err(e) => return bad_input(&format!("{}: {e}", path.display())),
                    },
                    Err(bad) => return bad_input(&bad),
                },
            };
            let text = match read_input(file.as_deref(), max_bytes)? {
                Ok(text) => text,
                Err(bad) => return bad_input(&bad),
            };
            let members = match staff {
                None => Vec::new(),
                Some(path) => {
                    let staff_text = match read_input(Some(&path), max_bytes)? {
                        Ok(text) => text,
                        Err(bad) => return bad_input(&bad),
                    };
                    match bevoegd::staff::parse_staff(&staff_text) {
                        Ok(members) => members,
                        Err(e) => return bad_input(&format!("{}: {e}", path.display())),
                    }
                }
            };
            let mut out = io::stdout().lock();
            let parsed = bevoegd::staff::parse_roster(&text, members).and_then(|roster| match &mapping {
                None => Ok(roster),
                Some(m) => {
                    // The roster's own validity stands; the mapping adds what it lacks.
                    let mut validity = roster.validity().to_vec();
                    for v in m.validity() {
                        if !validity.iter().any(|w| w.procedure == v.procedure && w.subdomain == v.subdomain) {
                            validity.push(v);
                        }
                    }
                    roster.with_validity(validity).map_err(|e| bevoegd::jsonl::InputError {
                        path: e.path.clone(),
                        message: e.problem.to_string(),
                    })
                }
            });
            match parsed {
                Ok(roster) => {
                    let answer = match risk_window {
                        Some(days) => roster.answer_with_risk_window(lang.into(), days),
                        None => roster.answer(lang.into()),
                    };
                    if format == PlanFormat::Html {
                        match roster.page_of(&answer) {
                            Ok(page) => {
                                out.write_all(page.as_bytes())?;
                                out.flush()?;
                            }
                            Err(e) => {
                                eprintln!("bevoegd plan: {e}");
                                let error = bevoegd::jsonl::InputError { path: ".".to_owned(), message: e.to_string() };
                                emit(&mut out, &serde_json::json!({ "error": error }), pretty)?;
                                return Ok(ExitCode::from(1));
                            }
                        }
                    } else {
                        emit(&mut out, &answer, pretty)?;
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => {
                    eprintln!("bevoegd plan: {error}");
                    emit(&mut out, &serde_json::json!({ "error": error }), pretty)?;
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::WhoMay { staff, context, procedure, max_bytes } => {
            let held = match read_staff(&staff)? {
                Ok(held) => held,
                Err(bad) => return bad_input(&bad),
            };
            let text = match read_input(Some(&context), max_bytes)? {
                Ok(text) => text,
                Err(bad) => return bad_input(&bad),
            };
            let context = match jsonl::parse_context(&text) {
                Ok(context) => context,
                Err(e) => return bad_input(&format!("{}: {e}", context.display())),
            };
            let procedures = if procedure.is_empty() { bevoegd::Procedure::ALL.to_vec() } else { procedure };
            let mut out = io::stdout().lock();
            for p in procedures {
                emit(&mut out, &jsonl::who_may_held(&held, p, &context), false)?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { source: Source::Qualifications { file, mapping, staff, report, max_bytes } } => {
            import_qualifications(file.as_deref(), &mapping, &staff, report.as_deref(), max_bytes)
        }
        Command::Import { source } => {
            let (file, common, big) = match source {
                Source::BigRegister { file, common } => (file, common, true),
                Source::Fhir { file, common } => (file, common, false),
                Source::Qualifications { .. } => return Err("unreachable: answered above".into()),
            };
            let ids = common.ids.as_deref().map(read_ids).transpose()?;
            let mut options = bevoegd::staff::ImportOptions::default().role_only(common.role_only);
            if let Some(path) = &common.measures {
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("`--measures {}`: {e}", path.display()))?;
                let measures =
                    serde_json::from_str(&text).map_err(|e| format!("`--measures {}`: {e}", path.display()))?;
                options = options.measures(measures);
            }
            let text = match read_input(file.as_deref(), common.max_bytes)? {
                Ok(text) => text,
                Err(bad) => return bad_input(&bad),
            };
            let lines = if big {
                bevoegd::staff::import_big_register_with(&text, common.looked_up_on, ids.as_ref(), &options)
            } else {
                bevoegd::staff::import_fhir_with(&text, common.looked_up_on, ids.as_ref(), &options)
            };
            let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
            let mut bad = false;
            for line in &lines {
                if let bevoegd::staff::ImportLine::Staff(staff) = line {
                    // A person placed with records left out for errors: written, and the run fails.
                    bad |= !staff.errors.is_empty();
                    serde_json::to_writer(&mut out, line)?;
                    writeln!(out)?;
                } else {
                    bad = true;
                    serde_json::to_writer(&mut err, line)?;
                    writeln!(err)?;
                }
            }
            out.flush()?;
            Ok(good(!bad))
        }
        Command::Test { paths, coverage, json } => run_tests(&paths, coverage, json),
        Command::Schema { which } => {
            writeln!(io::stdout().lock(), "{}", serde_json::to_string_pretty(&bevoegd::schema::schema(which))?)?;
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "serve")]
        Command::Serve { listen, mut config } => {
            let mut addrs: Vec<std::net::SocketAddr> = std::net::ToSocketAddrs::to_socket_addrs(listen.as_str())
                .map_err(|e| format!("`--listen {listen}`: {e}"))?
                .collect();
            addrs.dedup();
            let Some((first, rest)) = addrs.split_first() else {
                return Err(format!("`--listen {listen}` names no address").into());
            };
            config.listen = *first;
            config.also_listen = rest.to_vec();
            bevoegd::service::run(*config)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes `value` as JSON, compact or indented, and a newline.
fn emit(out: &mut impl Write, value: &impl serde::Serialize, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    writeln!(out)
}

/// `bevoegd import qualifications`: the staff file with the export's competences on standard
/// output, an error line per bad row on standard error (or `--report`), exit 1 when any.
fn import_qualifications(
    file: Option<&std::path::Path>,
    mapping: &std::path::Path,
    staff: &std::path::Path,
    report: Option<&std::path::Path>,
    max_bytes: usize,
) -> Result<ExitCode, Box<dyn std::error::Error>> {
    use bevoegd::qualifications::{join, parse_mapping, read_export};
    let read = |path: &std::path::Path| read_input(Some(path), max_bytes);
    let mapping = match read(mapping)? {
        Ok(text) => match parse_mapping(&text) {
            Ok(m) => m,
            Err(e) => return bad_input(&format!("{}: {e}", mapping.display())),
        },
        Err(bad) => return bad_input(&bad),
    };
    let members = match read(staff)? {
        Ok(text) => match bevoegd::staff::parse_staff(&text) {
            Ok(m) => m,
            Err(e) => return bad_input(&format!("{}: {e}", staff.display())),
        },
        Err(bad) => return bad_input(&bad),
    };
    // The export is read as bytes: a file that is not UTF-8 is an error naming its line.
    let name = file.filter(|f| f.as_os_str() != "-").map_or_else(|| "-".to_owned(), |f| f.display().to_string());
    let bytes = match read_bytes(file, max_bytes)? {
        Ok(bytes) => bytes,
        Err(bad) => return bad_input(&bad),
    };
    let rows = read_export(&name, &bytes);
    let placed = rows.rows.len();
    let joined = join(members, rows, &mapping);
    let mut out = io::stdout().lock();
    for line in joined.lines() {
        serde_json::to_writer(&mut out, &line)?;
        writeln!(out)?;
    }
    out.flush()?;
    let mut errors: Box<dyn Write> = match report {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => Box::new(io::stderr().lock()),
    };
    for e in &joined.errors {
        serde_json::to_writer(&mut errors, &bevoegd::qualifications::ErrorLine::from(e.clone()))?;
        writeln!(errors)?;
    }
    errors.flush()?;
    drop(errors);
    let unknown = if joined.unknown_codes.is_empty() {
        String::new()
    } else {
        format!("; codes not in the mapping: {}", joined.unknown_codes.join(", "))
    };
    eprintln!("bevoegd import qualifications: {placed} rows read, {} errors{unknown}", joined.errors.len());
    Ok(if joined.errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Reads a staff file to hold: the outer error is an I/O error (exit 2), the inner one bad
/// input naming the file, line and field.
fn read_staff(path: &std::path::Path) -> io::Result<Result<bevoegd::staff::HeldStaff, String>> {
    let text = match read_input(Some(path), usize::MAX - 1)? {
        Ok(text) => text,
        Err(bad) => return Ok(Err(bad)),
    };
    Ok(bevoegd::staff::HeldStaff::parse(&text).map_err(|e| format!("{}: {e}", path.display())))
}

/// Bad input, said on standard error: exit 1.
/// `bevoegd test`: every case of every file, a report each, then the summary (and coverage).
fn run_tests(paths: &[PathBuf], coverage: bool, json: bool) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonl"))
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    let mut cases = Vec::new();
    let mut malformed = false;
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        match bevoegd::cases::read_cases(&file.display().to_string(), &text) {
            Ok(read) => cases.extend(read),
            Err(e) => {
                malformed = true;
                eprintln!("bevoegd test: {}: {}", e.path, e.message);
            }
        }
    }
    if malformed {
        return Ok(ExitCode::from(2));
    }
    let reports: Vec<_> = cases.iter().map(|(at, case)| bevoegd::cases::run_case(at, case)).collect();
    let mut out = io::stdout().lock();
    for r in &reports {
        if json {
            emit(&mut out, r, false)?;
            continue;
        }
        writeln!(out, "{}  {}  {}", if r.passed { "pass" } else { "FAIL" }, r.at, r.name)?;
        for d in &r.differences {
            writeln!(out, "      {}: expected {}, got {}", d.field, d.expected, d.actual)?;
        }
    }
    let failed = reports.iter().filter(|r| !r.passed).count();
    if coverage {
        let c = bevoegd::cases::Coverage::of(&reports);
        if json {
            emit(&mut out, &c, false)?;
        } else {
            writeln!(out, "\nlaw-table rows (granted / assessed and failed):")?;
            for row in &c.rows {
                writeln!(out, "  {:>4} {:>4}  {}  ({})", row.granted, row.assessed, row.rule, row.citation)?;
            }
            let s = c.summary;
            let pct = |n: usize| (n * 100).checked_div(s.rows).unwrap_or(0);
            writeln!(
                out,
                "rows: {}; granted by a case: {} ({}%); assessed and failed: {} ({}%); either: {} ({}%); both: {}",
                s.rows,
                s.granted,
                pct(s.granted),
                s.assessed,
                pct(s.assessed),
                s.either,
                pct(s.either),
                s.both
            )?;
        }
    }
    out.flush()?;
    eprintln!("bevoegd test: {} cases: {} passed, {failed} failed", reports.len(), reports.len() - failed);
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn bad_input(message: &str) -> Result<ExitCode, Box<dyn std::error::Error>> {
    eprintln!("bevoegd: {message}");
    Ok(ExitCode::from(1))
}

/// Reads `file` (standard input when absent or `-`) as UTF-8, at most `max` bytes: the outer
/// error is an I/O error (exit 2), the inner one bad input (a file too large or not UTF-8).
fn read_input(file: Option<&std::path::Path>, max: usize) -> io::Result<Result<String, String>> {
    let name = input_name(file);
    Ok(read_bytes(file, max)?.and_then(|bytes| {
        String::from_utf8(bytes).map_err(|e| format!("{name}: not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))
    }))
}

/// How an input is named in messages.
fn input_name(file: Option<&std::path::Path>) -> String {
    file.filter(|f| f.as_os_str() != "-").map_or_else(|| "standard input".to_owned(), |f| f.display().to_string())
}

/// Reads `file` (standard input when absent or `-`) as bytes, at most `max`: the outer error is
/// an I/O error (exit 2), the inner one bad input (a file too large).
fn read_bytes(file: Option<&std::path::Path>, max: usize) -> io::Result<Result<Vec<u8>, String>> {
    let name = input_name(file);
    // Read up to one byte past the limit, so that a larger input is known without reading it whole.
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    let named = |e: io::Error| io::Error::new(e.kind(), format!("{name}: {e}"));
    match file.filter(|f| f.as_os_str() != "-") {
        None => io::stdin().lock().take(limit).read_to_end(&mut bytes).map_err(named)?,
        Some(f) => std::fs::File::open(f).map_err(named)?.take(limit).read_to_end(&mut bytes).map_err(named)?,
    };
    if bytes.len() > max {
        return Ok(Err(format!("{name}: larger than {max} bytes (`--max-bytes`)")));
    }
    Ok(Ok(bytes))
}

/// The `--ids` file: `source_id,staff_id` rows under that header, each source id once.
fn read_ids(path: &std::path::Path) -> Result<bevoegd::staff::IdMap, Box<dyn std::error::Error>> {
    let name = path.display();
    let mut reader = csv::Reader::from_path(path).map_err(|e| format!("--ids {name}: {e}"))?;
    let headers = reader.headers().map_err(|e| format!("--ids {name}: {e}"))?.clone();
    if headers.iter().map(str::trim).ne(["source_id", "staff_id"]) {
        return Err(format!("--ids {name}: the header must be `source_id,staff_id`").into());
    }
    let mut map = bevoegd::staff::IdMap::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("--ids {name}: {e}"))?;
        let line = i + 2;
        let (Some(source), Some(staff)) = (row.get(0).map(str::trim), row.get(1).map(str::trim)) else {
            return Err(format!("--ids {name}: line {line} has no two fields").into());
        };
        if source.is_empty() || staff.is_empty() {
            return Err(format!("--ids {name}: line {line} has an empty id").into());
        }
        if map.insert(source.to_owned(), staff.to_owned()).is_some() {
            return Err(format!("--ids {name}: line {line}: the source id `{source}` is listed twice").into());
        }
    }
    Ok(map)
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
