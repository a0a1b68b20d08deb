//! Competence (bekwaamheid) as hospitals keep it (feature `qualifications`): the qualification
//! exports of their learning and HR systems, read and joined to a staff file.
//!
//! An **export** is a CSV file with a header row, one qualification per row: the employee
//! number, the qualification code, the start date and an optional end date (the shape of
//! `klant;personeelsnummer;code;begindatum;einddatum`). Read as those systems write it: `;` or
//! `,` between fields (the header row's choice), a UTF-8 byte-order mark, CRLF or LF line ends,
//! dates as `dd-mm-jjjj`, `d-m-jjjj` or ISO 8601 `jjjj-mm-dd`, an empty end date for an
//! open-ended record (an end date is the last day the qualification is valid), employee numbers
//! as text (`00123` stays `00123`), other columns ignored. The columns are found by their header,
//! in Dutch or English, in any case:
//!
//! | column | headers |
//! | --- | --- |
//! | employee number | `personeelsnummer`, `medewerkernummer`, `employee_number`, `employee`, `staff_id` |
//! | qualification code | `code`, `kwalificatie`, `kwalificatiecode`, `qualification`, `qualification_code` |
//! | start date | `begindatum`, `startdatum`, `start_date`, `start`, `from` |
//! | end date | `einddatum`, `end_date`, `end`, `until` (the column may be absent) |
//!
//! A **mapping**, owned by the hospital, says what each code is a competence for
//! ([`Mapping`], JSON): `{"codes": {"<code>": {"procedure", "subdomain"?}}}`. A code the mapping
//! does not have is an error of its row, never guessed.
//!
//! [`join`] adds each good row to the staff member whose id is its employee number, as a
//! competence record (art. 36 lid 15) valid from the start through the end date. Every bad row
//! is a [`RowError`] naming the file, line and column; the other rows are read on.
//!
//! ```
//! use bevoegd::qualifications::{join, read_export, Mapping};
//! use bevoegd::staff::parse_staff;
//! use bevoegd::Procedure;
//!
//! let staff = parse_staff(r#"{"id": "00123", "professional": {"name": "A", "registrations": [{"profession": "nurse", "history": [{"period": {"from": "2010-01-01"}, "status": "active"}]}]}}"#)?;
//! let mapping: Mapping = serde_json::from_str(r#"{"codes": {"VBH-INJ": {"procedure": "injection"}}}"#)?;
//! let export = "klant;personeelsnummer;code;begindatum;einddatum\r\nZH;00123;VBH-INJ;1-3-2025;28-02-2027\r\nZH;00124;VBH-INJ;01-03-2025;\r\n";
//! let rows = read_export("export.csv", export.as_bytes());
//! let joined = join(staff, rows, &mapping);
//! let competences = joined.staff[0].professional.competences();
//! assert_eq!((competences[0].procedure, competences[0].valid.to_string().as_str()), (Procedure::Injection, "2025-03-01 to 2027-02-28"));
//! // The second row names nobody on the staff: an error naming its line and column.
//! assert_eq!(joined.errors[0].to_string(), "export.csv:3: `personeelsnummer`: no staff member has the id `00124`");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::input::professional::Competence;
use crate::plan::roster_file::StaffMember;
use crate::types::date::{Date, Period};
use crate::types::procedure::Procedure;
use crate::types::subdomain::Subdomain;

/// The hospital's mapping from qualification codes to competences.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Mapping {
    /// Per qualification code (as the export writes it, compared exactly), the competence.
    pub codes: BTreeMap<String, CodeMeaning>,
}

/// What one qualification code is a competence for.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CodeMeaning {
    /// The reserved procedure.
    pub procedure: Procedure,
    /// The subdomain the competence is limited to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<Subdomain>,
    /// How long the qualification usually runs once renewed, in months: what a renewal advised
    /// for its records runs (`bevoegd plan --mapping`, [`Mapping::validity`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_months: Option<u32>,
}

impl CodeMeaning {
    /// A code meaning competence for `procedure`, in every subdomain.
    pub fn new(procedure: Procedure) -> CodeMeaning {
        CodeMeaning { procedure, subdomain: None, validity_months: None }
    }
}

impl Mapping {
    /// How long records usually run, per procedure and subdomain, from the codes that say so
    /// (the longest when several codes mean the same competence): the roster's
    /// [`Validity`](crate::Validity) for the renewals advised.
    ///
    /// ```
    /// use bevoegd::qualifications::parse_mapping;
    /// use bevoegd::Procedure;
    ///
    /// let m = parse_mapping(r#"{"codes": {"A": {"procedure": "injection", "validity_months": 24}, "B": {"procedure": "injection", "validity_months": 36}, "C": {"procedure": "puncture"}}}"#)?;
    /// let v = m.validity();
    /// assert_eq!((v.len(), v[0].procedure, v[0].months), (1, Procedure::Injection, 36));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validity(&self) -> Vec<crate::plan::roster_file::Validity> {
        let mut out: Vec<crate::plan::roster_file::Validity> = Vec::new();
        for meaning in self.codes.values() {
            let Some(months) = meaning.validity_months.filter(|m| *m > 0) else { continue };
            match out.iter_mut().find(|v| v.procedure == meaning.procedure && v.subdomain == meaning.subdomain) {
                Some(v) => v.months = v.months.max(months),
                None => {
                    let v = crate::plan::roster_file::Validity::new(meaning.procedure, months);
                    out.push(match meaning.subdomain {
                        Some(s) => v.in_subdomain(s),
                        None => v,
                    });
                }
            }
        }
        out
    }
}

/// Reads a mapping (one JSON document), naming the field of any error.
///
/// # Errors
///
/// [`InputError`](crate::jsonl::InputError) with the JSON path of the bad field (an unknown
/// procedure code, a subdomain that is not a code, an unknown field).
pub fn parse_mapping(text: &str) -> Result<Mapping, crate::jsonl::InputError> {
    crate::io::jsonl::parse_one(text)
}

/// One row of an export, read: where it stands and what it says.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct Row {
    /// The line (1-based; the header is line 1).
    pub line: u64,
    /// The employee number, as text.
    pub employee: String,
    /// The qualification code.
    pub code: String,
    /// From the start date through the end date (open-ended without one).
    pub valid: Period,
}

/// A row (or the file) that could not be read or placed: the file, the line (1-based), the
/// column by its header, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, thiserror::Error)]
#[error("{file}:{line}: {}{message}", column.as_ref().map(|c| format!("`{c}`: ")).unwrap_or_default())]
#[non_exhaustive]
pub struct RowError {
    /// The file, as named to [`read_export`].
    pub file: String,
    /// The line, 1-based (the header is line 1).
    pub line: u64,
    /// The column's header, when one column is at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

/// One error line of `bevoegd import qualifications`: `{"error": {"file", "line", "column"?,
/// "message"}}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorLine {
    /// The row that could not be read or placed.
    pub error: RowError,
}

impl From<RowError> for ErrorLine {
    fn from(error: RowError) -> ErrorLine {
        ErrorLine { error }
    }
}

/// The rows of an export that could be read, and an error for each one that could not.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
#[non_exhaustive]
pub struct Rows {
    /// The file, as named.
    pub file: String,
    /// The rows read, in file order.
    pub rows: Vec<Row>,
    /// The rows (or the file) that could not be read, in file order.
    pub errors: Vec<RowError>,
    /// The header of each column the rows were read from: employee, code, start, end.
    columns: [String; 4],
}

/// The headers each column may have (compared without case and surrounding spaces).
const EMPLOYEE: &[&str] = &["personeelsnummer", "medewerkernummer", "employee_number", "employee", "staff_id"];
const CODE: &[&str] = &["code", "kwalificatie", "kwalificatiecode", "qualification", "qualification_code"];
const START: &[&str] = &["begindatum", "startdatum", "start_date", "start", "from"];
const END: &[&str] = &["einddatum", "end_date", "end", "until"];

/// Reads a day as exports write it: `dd-mm-jjjj`, `d-m-jjjj` or `jjjj-mm-dd`.
fn day(text: &str) -> Result<Date, String> {
    let bad = || format!("`{}` is not a day (dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd)", crate::text::quoted(text));
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, most: usize| -> Result<u16, String> {
        if s.is_empty() || s.len() > most || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let (year, month, d) = match parts.as_slice() {
        // ISO 8601: two digits each.
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => (number(y, 4)?, number(m, 2)?, number(d, 2)?),
        [d, m, y] if y.len() == 4 => (number(y, 4)?, number(m, 2)?, number(d, 2)?),
        _ => return Err(bad()),
    };
    let (Ok(month), Ok(d)) = (u8::try_from(month), u8::try_from(d)) else { return Err(bad()) };
    Date::new(year, month, d).map_err(|e| format!("`{}`: {e}", crate::text::quoted(text)))
}

/// Reads an export (see the module documentation). `file` names it in errors. Never fails as a
/// whole: a file that cannot be read at all (no header, a missing column) is one error at line 1.
pub fn read_export(file: &str, bytes: &[u8]) -> Rows {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut out = Rows { file: file.to_owned(), ..Rows::default() };
    let error = |line: u64, column: Option<&str>, message: String| RowError {
        file: file.to_owned(),
        line,
        column: column.map(str::to_owned),
        message,
    };
    let not_utf8 = |line: u64| {
        error(
            line,
            None,
            "the line is not UTF-8 (an Excel export in Windows-1252?): save the export as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8`".to_owned(),
        )
    };
    // Each physical line is one row, split into fields by the csv crate (quotes, the separator
    // inside quotes). The lines are found here, not by the csv reader: its record positions
    // count a CRLF file's lines wrong and skip blank lines uncounted, and an error must name the
    // line a person sees in an editor. (A quoted field spanning lines is not a qualification
    // export's and reads as two bad rows.)
    let mut lines = bytes.split(|b| *b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let header_line = lines.next().unwrap_or_default();
    if header_line.iter().all(u8::is_ascii_whitespace) {
        out.errors.push(error(1, None, "the file is empty: it needs a header row".to_owned()));
        return out;
    }
    let delimiter = if header_line.contains(&b';') { b';' } else { b',' };
    let split = |line: &[u8]| -> Result<csv::ByteRecord, String> {
        let mut reader =
            csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(line);
        let mut record = csv::ByteRecord::new();
        reader.read_byte_record(&mut record).map_err(|e| e.to_string())?;
        Ok(record)
    };
    let header = match split(header_line) {
        Ok(h) => h,
        Err(e) => {
            out.errors.push(error(1, None, e));
            return out;
        }
    };
    let Ok(header) = header.iter().map(std::str::from_utf8).collect::<Result<Vec<&str>, _>>() else {
        out.errors.push(not_utf8(1));
        return out;
    };
    let find = |names: &[&str]| header.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)));
    let needed = |names: &[&str], what: &str| {
        find(names).ok_or_else(|| {
            error(1, None, format!("no {what} column: the header needs one of `{}`", names.join("`, `")))
        })
    };
    let columns = needed(EMPLOYEE, "employee number")
        .and_then(|e| Ok((e, needed(CODE, "qualification code")?)))
        .and_then(|(e, c)| Ok((e, c, needed(START, "start date")?)));
    let (employee_at, code_at, start_at) = match columns {
        Ok(found) => found,
        Err(e) => {
            out.errors.push(e);
            return out;
        }
    };
    let end = find(END);
    let name = |c: usize| header.get(c).map(|h| h.trim().to_owned()).unwrap_or_default();
    out.columns =
        [name(employee_at), name(code_at), name(start_at), end.map(name).unwrap_or_else(|| "einddatum".to_owned())];
    // Where each column is: employee, code, start, end (beyond every row when absent).
    let at = [employee_at, code_at, start_at, end.unwrap_or(usize::MAX)];
    for (n, text) in lines.enumerate() {
        let line = u64::try_from(n).unwrap_or(u64::MAX).saturating_add(2);
        if text.iter().all(u8::is_ascii_whitespace) {
            continue; // a blank line
        }
        let record = match split(text) {
            Ok(r) => r,
            Err(e) => {
                out.errors.push(error(line, None, e));
                continue;
            }
        };
        let Ok(fields) = record.iter().map(std::str::from_utf8).collect::<Result<Vec<&str>, _>>() else {
            out.errors.push(not_utf8(line));
            continue;
        };
        let field = |c: usize| fields.get(c).map_or("", |f| f.trim());
        let column = |i: usize| Some(out.columns.get(i).map_or("", String::as_str));
        let (employee, code) = (field(at[0]), field(at[1]));
        if employee.is_empty() {
            out.errors.push(error(line, column(0), "absent".to_owned()));
            continue;
        }
        if code.is_empty() {
            out.errors.push(error(line, column(1), "absent".to_owned()));
            continue;
        }
        let from = match field(at[2]) {
            "" => Err("absent".to_owned()),
            text => day(text),
        };
        let from = match from {
            Ok(d) => d,
            Err(message) => {
                out.errors.push(error(line, column(2), message));
                continue;
            }
        };
        let until = match field(at[3]) {
            "" => None,
            text => match day(text) {
                Ok(d) => Some(d),
                Err(message) => {
                    out.errors.push(error(line, column(3), message));
                    continue;
                }
            },
        };
        let Ok(valid) = Period::new(from, until) else {
            let (end, start) = (crate::text::quoted(field(at[3])), crate::text::quoted(field(at[2])));
            let message = format!("`{end}` is before the start date `{start}`");
            out.errors.push(error(line, column(3), message));
            continue;
        };
        out.rows.push(Row { line, employee: employee.to_owned(), code: code.to_owned(), valid });
    }
    out
}

/// Where a competence record came from: the export's file, line and code.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// The record, as added to the professional.
    pub record: Competence,
    /// The export, as named to [`read_export`].
    pub file: String,
    /// Its line, 1-based.
    pub line: u64,
    /// The qualification code on that line.
    pub code: String,
}

/// A line of the staff file `bevoegd import qualifications` writes: the member, and where each
/// competence record added from the export came from (`sources`; a staff file's reader accepts
/// it and does not use it).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct QualifiedLine {
    /// The member, as the staff file has it, with the records added.
    #[serde(flatten)]
    pub member: StaffMember,
    /// Where each record added came from, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

impl Joined {
    /// The staff file's lines: each member with where its added records came from.
    pub fn lines(&self) -> impl Iterator<Item = QualifiedLine> + '_ {
        self.staff.iter().enumerate().map(|(i, member)| QualifiedLine {
            member: member.clone(),
            sources: self.sources.get(i).cloned().unwrap_or_default(),
        })
    }
}

/// A staff file with the competences of an export added, and the rows that could not be placed.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct Joined {
    /// The staff, in the staff file's order, each with their competence records added.
    pub staff: Vec<StaffMember>,
    /// Per member (in the same order), where each record added came from.
    pub sources: Vec<Vec<Source>>,
    /// Every row that could not be read or placed, in file order: the export's own errors, then
    /// unknown codes and employees.
    pub errors: Vec<RowError>,
    /// The codes the mapping lacks, each once, in order of first appearance.
    pub unknown_codes: Vec<String>,
}

/// Adds the rows of `export` to the staff member whose id is the row's employee number, each as
/// a competence record for what `mapping` says its code means. A row whose code the mapping
/// lacks, or whose employee is not on the staff, is an error naming its line and column.
pub fn join(staff: Vec<StaffMember>, export: Rows, mapping: &Mapping) -> Joined {
    let Rows { file, rows, mut errors, columns } = export;
    let by_id: HashMap<&str, usize> = staff.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
    let mut added: Vec<Vec<(u64, Competence, String)>> = vec![Vec::new(); staff.len()];
    let mut sources: Vec<Vec<Source>> = vec![Vec::new(); staff.len()];
    let mut unknown_codes: Vec<String> = Vec::new();
    let column = |i: usize| columns.get(i).cloned();
    for row in rows {
        let Some(meaning) = mapping.codes.get(&row.code) else {
            if !unknown_codes.contains(&row.code) {
                unknown_codes.push(row.code.clone());
            }
            errors.push(RowError {
                file: file.clone(),
                line: row.line,
                column: column(1),
                message: format!("the code `{}` is not in the mapping", crate::text::quoted(&row.code)),
            });
            continue;
        };
        let Some(&i) = by_id.get(row.employee.as_str()) else {
            errors.push(RowError {
                file: file.clone(),
                line: row.line,
                column: column(0),
                message: format!("no staff member has the id `{}`", crate::text::quoted(&row.employee)),
            });
            continue;
        };
        if let (Some(list), Some(from)) = (added.get_mut(i), sources.get_mut(i)) {
            let c = Competence { procedure: meaning.procedure, subdomain: meaning.subdomain, valid: row.valid };
            from.push(Source { record: c, file: file.clone(), line: row.line, code: row.code.clone() });
            list.push((row.line, c, format!("{file}:{}", row.line)));
        }
    }
    let staff = staff
        .into_iter()
        .zip(added)
        .map(|(member, more)| {
            if more.is_empty() {
                return member;
            }
            let first_line = more.first().map_or(0, |(l, _, _)| *l);
            // Each record says where it came from: the export's file and line.
            let built = more
                .into_iter()
                .fold(member.professional.to_builder(), |b, (_, c, at)| {
                    b.competence_from(c, Some(crate::input::provenance::Provenance::export(None, at)))
                })
                .build();
            match built {
                Ok(professional) => StaffMember { professional, ..member },
                // Competence records never make a professional invalid (they are checked one by
                // one when read); should that change, the member keeps what they had.
                Err(e) => {
                    errors.push(RowError {
                        file: file.clone(),
                        line: first_line,
                        column: None,
                        message: format!(
                            "the records of `{}` do not fit together: {e}",
                            crate::text::quoted(&member.id)
                        ),
                    });
                    member
                }
            }
        })
        .collect();
    errors.sort_by_key(|e| e.line);
    Joined { staff, sources, errors, unknown_codes }
}
