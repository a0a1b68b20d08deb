//! Test cases a hospital or an auditor keeps beside the law (feature `json`): a named, sourced
//! request and what its answer must be, run as `bevoegd test FILE...`, with the law-table rows
//! the cases exercise (`--coverage`).
//!
//! A **case** is `{ "name", "source", "request", "expected" }`, the form of the scenario files in
//! `tests/data/`. `expected.outcome` is required; every other field is checked only when given:
//! `route`, `basis` (the citation's text), `rule`, `assessed_rule` (`null` for none), the lists
//! `reasons` and `other_reasons` (reason codes), `citations`, `also_cites` and `changed_by`
//! (citation texts of the reasons, `""` for none; `changed_by` as `"<citation> from <day>"`),
//! `requires` (the codes of a conditional answer's requirements) and
//! `missing` (remedy codes), each compared exactly and in order, and `reasons_include` (reason
//! codes that must all be among the reasons, in any order). A file holds one case (a JSON object)
//! or many (JSON Lines, one case per line).
//!
//! ```
//! use bevoegd::cases::{read_cases, run_case, Coverage};
//!
//! let line = r#"{"name": "A physician operates", "source": "Wet BIG art. 36 lid 1",
//!   "request": {"professional": {"name": "A", "registrations": [{"profession": "physician",
//!     "history": [{"period": {"from": "2015-01-01"}, "status": "active"}]}],
//!     "competences": [{"procedure": "surgery", "valid": {"from": "2015-01-01"}}]},
//!     "procedure": "surgery", "context": {"date": "2025-01-06", "field": "medicine"}},
//!   "expected": {"outcome": "permitted", "route": "independent", "reasons_include": []}}"#;
//! let cases = read_cases("mine.jsonl", line)?;
//! let report = run_case(&cases[0].0, &cases[0].1);
//! assert!(report.passed, "{:?}", report.differences);
//! let coverage = Coverage::of(std::slice::from_ref(&report));
//! assert_eq!(coverage.summary.granted, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::decision::{DecisionReport, Outcome};
use crate::io::jsonl::{InputError, json_message, located};
use crate::io::wire::Request;
use crate::text::Lang;
use crate::types::route::Route;

/// One case: a named, sourced request and what its answer must be.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Case {
    /// What the case is, in words.
    pub name: String,
    /// Where it comes from: a Kamerstuk, a protocol id, a guideline, an article.
    pub source: String,
    /// The request, as `bevoegd decide` reads it (the professional inline).
    pub request: Request,
    /// What the answer must be.
    pub expected: Expected,
}

/// What a case's answer must be: `outcome`, and every other field that is given.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Expected {
    /// The outcome.
    pub outcome: Outcome,
    /// The route (`null`: none).
    #[serde(default, deserialize_with = "given")]
    pub route: Option<Option<Route>>,
    /// The text of the citation the permission rests on (`null`: none).
    #[serde(default, deserialize_with = "given")]
    pub basis: Option<Option<String>>,
    /// The law-table row the permission rests on (`null`: none).
    #[serde(default, deserialize_with = "given")]
    pub rule: Option<Option<String>>,
    /// The law-table row independence was assessed against when it did not hold (`null`: none).
    #[serde(default, deserialize_with = "given")]
    pub assessed_rule: Option<Option<String>>,
    /// The codes of the reasons independence failed, exactly and in order.
    #[serde(default)]
    pub reasons: Option<Vec<String>>,
    /// Reason codes that must all be among the reasons independence failed, in any order.
    #[serde(default)]
    pub reasons_include: Option<Vec<String>>,
    /// The other route tried (`null`: none).
    #[serde(default, deserialize_with = "given")]
    pub other_route: Option<Option<Route>>,
    /// The codes of the other route's reasons, exactly and in order.
    #[serde(default)]
    pub other_reasons: Option<Vec<String>>,
    /// The citation texts of the reasons independence failed, exactly and in order.
    #[serde(default)]
    pub citations: Option<Vec<String>>,
    /// The texts of the provisions cited beside them (`""` for none), exactly and in order.
    #[serde(default)]
    pub also_cites: Option<Vec<String>>,
    /// What changed each reason's designation, as `"<citation> from <first day>"` (`""` for
    /// none), exactly and in order.
    #[serde(default)]
    pub changed_by: Option<Vec<String>>,
    /// For a conditional answer: the codes of its requirements, exactly and in order.
    #[serde(default)]
    pub requires: Option<Vec<String>>,
    /// The codes of what is missing, exactly and in order.
    #[serde(default)]
    pub missing: Option<Vec<String>>,
}

/// A field that is given, possibly as `null`: `Some(None)`; a field left out: `None`.
fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// The result of one case.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Debug, Serialize)]
#[non_exhaustive]
pub struct CaseReport {
    /// Where the case is: the file, and `:line` for a case of a JSON Lines file.
    pub at: String,
    /// The case's name.
    pub name: String,
    /// The case's source.
    pub source: String,
    /// Whether the answer is what the case expects.
    pub passed: bool,
    /// Each field that differs, with what was expected and what the answer says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub differences: Vec<Difference>,
    /// The row that granted the answer, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The row independence was assessed against when it did not hold, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessed_rule: Option<String>,
}

/// A field whose answer differs from what the case expects.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Debug, Serialize)]
#[non_exhaustive]
pub struct Difference {
    /// The field of `expected`.
    pub field: String,
    /// What the case expects.
    pub expected: Value,
    /// What the answer says.
    pub actual: Value,
}

/// Reads the cases of one file: one JSON object, or JSON Lines (one case per non-blank line).
/// Each case comes with where it is (`name`, or `name:line`).
///
/// # Errors
///
/// [`InputError`] naming the file (and line) and the JSON path of the first case that does not
/// read: a malformed file.
pub fn read_cases(name: &str, text: &str) -> Result<Vec<(String, Case)>, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let whole: Option<Value> = serde_json::from_str(text).ok();
    let pieces: Vec<(String, &str)> = match whole {
        Some(Value::Object(_)) => vec![(name.to_owned(), text)],
        _ => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| (format!("{name}:{}", i + 1), l))
            .collect(),
    };
    if pieces.is_empty() {
        return Err(InputError { path: name.to_owned(), message: "no case in the file".to_owned() });
    }
    pieces
        .into_iter()
        .map(|(at, piece)| {
            let de = &mut serde_json::Deserializer::from_str(piece);
            let case: Case = serde_path_to_error::deserialize(de).map_err(|e| {
                let located = located(&e.path().to_string(), &json_message(e.inner()));
                InputError { path: format!("{at}: {}", located.path), message: located.message }
            })?;
            Ok((at, case))
        })
        .collect()
}

/// Runs one case: decides its request and compares every field it expects.
pub fn run_case(at: &str, case: &Case) -> CaseReport {
    let report = case.request.report(Lang::En);
    let differences = compare(&case.expected, &report);
    CaseReport {
        at: at.to_owned(),
        name: case.name.clone(),
        source: case.source.clone(),
        passed: differences.is_empty(),
        differences,
        rule: report.rule.clone(),
        assessed_rule: report.assessed_rule.clone(),
    }
}

/// The fields of `report` that differ from `expected`.
fn compare(expected: &Expected, report: &DecisionReport) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut check = |field: &str, want: Value, got: Value| {
        if want != got {
            out.push(Difference { field: field.to_owned(), expected: want, actual: got });
        }
    };
    let json = |v: &dyn erased::ToValue| v.to_value();
    check("outcome", json(&expected.outcome), json(&report.outcome));
    let codes = |reasons: &[crate::decision::Reason]| -> Vec<String> {
        reasons.iter().map(|r| r.unmet.code().to_owned()).collect()
    };
    let reasons = codes(&report.independence_reasons);
    let other = report.other_route.as_ref();
    if let Some(route) = &expected.route {
        check("route", json(route), json(&report.route));
    }
    if let Some(basis) = &expected.basis {
        check("basis", json(basis), json(&report.basis.map(|c| c.to_string())));
    }
    if let Some(rule) = &expected.rule {
        check("rule", json(rule), json(&report.rule));
    }
    if let Some(rule) = &expected.assessed_rule {
        check("assessed_rule", json(rule), json(&report.assessed_rule));
    }
    if let Some(want) = &expected.reasons {
        check("reasons", json(want), json(&reasons));
    }
    if let Some(want) = &expected.reasons_include {
        let absent: Vec<&String> = want.iter().filter(|c| !reasons.contains(c)).collect();
        if !absent.is_empty() {
            check("reasons_include", json(&absent), json(&reasons));
        }
    }
    if let Some(route) = &expected.other_route {
        check("other_route", json(route), json(&other.map(|o| o.route)));
    }
    if let Some(want) = &expected.other_reasons {
        check("other_reasons", json(want), json(&other.map(|o| codes(&o.reasons)).unwrap_or_default()));
    }
    if let Some(want) = &expected.citations {
        let got: Vec<String> = report.independence_reasons.iter().map(|r| r.citation.to_string()).collect();
        check("citations", json(want), json(&got));
    }
    if let Some(want) = &expected.also_cites {
        let got: Vec<String> =
            report.independence_reasons.iter().map(|r| r.also.map(|c| c.to_string()).unwrap_or_default()).collect();
        check("also_cites", json(want), json(&got));
    }
    if let Some(want) = &expected.changed_by {
        let got: Vec<String> = report
            .independence_reasons
            .iter()
            .map(|r| r.changed_by.map(|c| format!("{} from {}", c.citation, c.on)).unwrap_or_default())
            .collect();
        check("changed_by", json(want), json(&got));
    }
    if let Some(want) = &expected.requires {
        check("requires", json(want), json(&codes(&report.requires)));
    }
    if let Some(want) = &expected.missing {
        let got: Vec<Value> = report.missing.iter().map(|r| json(r).get("code").cloned().unwrap_or_default()).collect();
        check("missing", json(want), json(&got));
    }
    out
}

/// Turning the compared fields into JSON values, for the report.
mod erased {
    pub(super) trait ToValue {
        fn to_value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> ToValue for T {
        fn to_value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

/// Which law-table rows a set of cases exercised: on the permitted side (the row that granted an
/// answer, permitted or conditional) and on the denied side (the row independence was assessed
/// against when it did not hold).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// Every row of the law table, in table order.
    pub rows: Vec<RowCoverage>,
    /// The counts.
    pub summary: CoverageSummary,
}

/// One row's coverage.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct RowCoverage {
    /// The row's name.
    pub rule: String,
    /// The provision it rests on.
    pub citation: String,
    /// How many cases it granted.
    pub granted: usize,
    /// How many cases assessed it and found it did not hold.
    pub assessed: usize,
}

/// How many rows the cases exercised.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct CoverageSummary {
    /// The cases run.
    pub cases: usize,
    /// The rows of the law table.
    pub rows: usize,
    /// Rows that granted at least one case.
    pub granted: usize,
    /// Rows assessed and failed in at least one case.
    pub assessed: usize,
    /// Rows exercised either way.
    pub either: usize,
    /// Rows exercised both ways.
    pub both: usize,
}

impl Coverage {
    /// The coverage of these results.
    pub fn of(reports: &[CaseReport]) -> Coverage {
        let rows: Vec<RowCoverage> = crate::law::RULES
            .iter()
            .map(|r| RowCoverage {
                rule: r.name.to_owned(),
                citation: r.citation.to_string(),
                granted: reports.iter().filter(|c| c.rule.as_deref() == Some(r.name)).count(),
                assessed: reports.iter().filter(|c| c.assessed_rule.as_deref() == Some(r.name)).count(),
            })
            .collect();
        let count = |f: fn(&RowCoverage) -> bool| rows.iter().filter(|r| f(r)).count();
        let summary = CoverageSummary {
            cases: reports.len(),
            rows: rows.len(),
            granted: count(|r| r.granted > 0),
            assessed: count(|r| r.assessed > 0),
            either: count(|r| r.granted > 0 || r.assessed > 0),
            both: count(|r| r.granted > 0 && r.assessed > 0),
        };
        Coverage { rows, summary }
    }
}
