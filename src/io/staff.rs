//! Staff files and roster files from any language (feature `json`), and the importers' output as
//! staff lines (feature `import`): what `bevoegd plan` and `bevoegd import` read and write, and
//! `POST /v1/plan` and `POST /v1/import/...` answer.
//!
//! A **staff file** is JSON Lines (one `{"id", "label"?, "professional", "skipped"?, "errors"?}`
//! per line, blank lines allowed) or one JSON array of the same objects: what `bevoegd import`
//! prints. Its `skipped` and `errors` (what the importer left out or could not place) are read and
//! not used.
//!
//! ```
//! use bevoegd::staff::{parse_roster, parse_staff};
//!
//! // One staff member per line.
//! let line = concat!(
//!     r#"{"id": "e1", "professional": {"name": "A", "registrations": [{"profession": "physician", "#,
//!     r#""history": [{"period": {"from": "2010-01-01"}, "status": "active"}]}]}}"#
//! );
//! let staff = parse_staff(line)?;
//! let roster = parse_roster(r#"{"places": [{"id": "ward", "context": {"field": "medicine"}}],
//!     "procedures": ["injection"], "from": "2025-03-10", "through": "2025-03-16"}"#, staff)?;
//! let plan = roster.plan();
//! assert_eq!(plan.cells[0].staff, "e1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;

#[cfg(feature = "import")]
use serde::Serialize;

use crate::input::professional::Professional;
use crate::io::jsonl::{InputError, located, parse_one};
use crate::plan::roster_file::{RosterDraft, RosterFile, StaffMember};

/// Why a staff file cannot be read: the line (1-based; in a JSON array, the line the bad member
/// starts on is not known, and `line` is the member's position, 1-based) and the error in it.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("{place} {at}: {error}")]
#[non_exhaustive]
pub struct StaffFileError {
    /// `line` for JSON Lines, `member` for a JSON array.
    pub place: &'static str,
    /// Its number, 1-based.
    pub at: usize,
    /// What is wrong, with the JSON path inside the line or member.
    pub error: InputError,
}

/// Reads a staff file: JSON Lines, or one JSON array (its first non-blank character `[`). Two
/// members with the same id are an error naming both.
///
/// # Errors
///
/// [`StaffFileError`] naming the line (or member) and the field.
pub fn parse_staff(text: &str) -> Result<Vec<StaffMember>, StaffFileError> {
    Ok(parse_members(text)?.into_iter().map(|(_, _, m)| m).collect())
}

/// A staff file's members, each with where it stands (`line` or `member`, and its number).
fn parse_members(text: &str) -> Result<Vec<(&'static str, usize, StaffMember)>, StaffFileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let members: Vec<(&'static str, usize, StaffMember)> = if text.trim_start().starts_with('[') {
        let members: Vec<serde_json::Value> =
            parse_one(text).map_err(|error| StaffFileError { place: "member", at: 1, error })?;
        members
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let at = i + 1;
                let member = serde_path_to_error::deserialize(v).map_err(|e| StaffFileError {
                    place: "member",
                    at,
                    error: located(&e.path().to_string(), &e.inner().to_string()),
                })?;
                Ok(("member", at, member))
            })
            .collect::<Result<_, StaffFileError>>()?
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                let at = i + 1;
                let member = parse_one(l).map_err(|error| StaffFileError { place: "line", at, error })?;
                Ok(("line", at, member))
            })
            .collect::<Result<_, StaffFileError>>()?
    };
    one_id_each(&members)?;
    Ok(members)
}

/// An error naming the later of two members with the same id.
fn one_id_each(members: &[(&'static str, usize, StaffMember)]) -> Result<(), StaffFileError> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (place, at, m) in members {
        if let Some(first) = seen.insert(m.id.as_str(), *at) {
            let error = InputError {
                path: "id".to_owned(),
                message: format!("the id `{}` is also {place} {first}'s", crate::text::quoted(&m.id)),
            };
            return Err(StaffFileError { place, at: *at, error });
        }
    }
    Ok(())
}

/// A hospital's staff, held to answer requests that name a person by id (`"staff_id"`): what
/// `bevoegd serve --staff FILE` and `bevoegd decide --staff FILE` read.
///
/// Its [`version`](HeldStaff::version) is a fingerprint of the set (every id with its
/// professional, in id order; labels and `skipped` do not count, they change no answer): the
/// same file gives the same version on every replica, and any change that can change an answer
/// gives another. Answers that used held staff name the version they read.
///
/// ```
/// use bevoegd::staff::HeldStaff;
///
/// let line = |id: &str, big: &str| format!(
///     r#"{{"id": "{id}", "professional": {{"name": "A", "registrations": [{{"profession": "physician", "big_number": "{big}", "history": [{{"period": {{"from": "2010-01-01"}}, "status": "active"}}]}}]}}}}"#);
/// let held = HeldStaff::parse(&format!("{}\n{}\n", line("e2", "19012345601"), line("e1", "29012345601")))?;
/// assert_eq!((held.len(), held.ids().collect::<Vec<_>>()), (2, vec!["e1", "e2"]));
/// assert_eq!(held.version().len(), 16);
/// assert!(held.get("e1").is_some() && held.get("e3").is_none());
/// // The order of the file does not change the version.
/// let again = HeldStaff::parse(&format!("{}\n{}\n", line("e1", "29012345601"), line("e2", "19012345601")))?;
/// assert_eq!(again.version(), held.version());
/// // One person under two ids is refused, naming both.
/// let twice = HeldStaff::parse(&format!("{}\n{}\n", line("e1", "19012345601"), line("e2", "19012345601")));
/// assert_eq!(twice.unwrap_err().to_string(),
///     "line 2: `professional.registrations[0].big_number`: the BIG number `19012345601` is also line 1's (id `e1`): one person under two ids");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct HeldStaff {
    /// The members, sorted by id.
    members: Vec<(String, std::sync::Arc<Professional>)>,
    version: String,
}

impl HeldStaff {
    /// Reads a staff file (as [`parse_staff`]) and holds it.
    ///
    /// # Errors
    ///
    /// [`StaffFileError`] naming the line (or member) and the field; two ids with the same BIG
    /// number are an error naming both.
    pub fn parse(text: &str) -> Result<HeldStaff, StaffFileError> {
        HeldStaff::of(parse_members(text)?)
    }

    /// Holds `members` (their positions are named `member` in errors, from 1).
    ///
    /// # Errors
    ///
    /// [`StaffFileError`] when two members have the same id or the same BIG number.
    pub fn new(members: Vec<StaffMember>) -> Result<HeldStaff, StaffFileError> {
        let members: Vec<_> = members.into_iter().enumerate().map(|(i, m)| ("member", i + 1, m)).collect();
        one_id_each(&members)?;
        HeldStaff::of(members)
    }

    fn of(members: Vec<(&'static str, usize, StaffMember)>) -> Result<HeldStaff, StaffFileError> {
        let mut numbers: HashMap<String, (usize, &str)> = HashMap::new();
        for (place, at, m) in &members {
            for (r, reg) in m.professional.registrations().iter().enumerate() {
                let Some(n) = reg.big_number().map(|n| n.to_string()) else { continue };
                match numbers.get(&n) {
                    Some(&(first, id)) if first != *at => {
                        let error = InputError {
                            path: format!("professional.registrations[{r}].big_number"),
                            message: format!(
                                "the BIG number `{n}` is also {place} {first}'s (id `{}`): one person under two ids",
                                crate::text::quoted(id)
                            ),
                        };
                        return Err(StaffFileError { place, at: *at, error });
                    }
                    _ => {
                        numbers.insert(n, (*at, m.id.as_str()));
                    }
                }
            }
        }
        let mut members: Vec<(String, std::sync::Arc<Professional>)> =
            members.into_iter().map(|(_, _, m)| (m.id, std::sync::Arc::new(m.professional))).collect();
        members.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut text = Vec::new();
        for (id, p) in &members {
            // Both always serialise: strings and the professional's own wire form.
            let _ = serde_json::to_writer(&mut text, id);
            text.push(b'\t');
            let _ = serde_json::to_writer(&mut text, &**p);
            text.push(b'\n');
        }
        let version = crate::io::chain::hex_sha256(&text).chars().take(16).collect();
        Ok(HeldStaff { members, version })
    }

    /// The fingerprint of the set: 16 hexadecimal digits.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// How many people are held.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether nobody is held.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The professional with this id.
    pub fn get(&self, id: &str) -> Option<&std::sync::Arc<Professional>> {
        self.members
            .binary_search_by(|(m, _)| m.as_str().cmp(id))
            .ok()
            .and_then(|i| self.members.get(i))
            .map(|(_, p)| p)
    }

    /// The ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|(id, _)| id.as_str())
    }

    /// The people, in id order, shared.
    pub(crate) fn iter_shared(&self) -> impl Iterator<Item = (&str, &std::sync::Arc<Professional>)> {
        self.members.iter().map(|(id, p)| (id.as_str(), p))
    }

    /// The people, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Professional)> {
        self.members.iter().map(|(id, p)| (id.as_str(), &**p))
    }
}

/// Reads a roster file (one JSON document), fills and extends its staff from `staff` (a staff
/// file's members: a roster member without `professional` takes the one with its id, the others
/// are added after the roster's own), and checks it whole ([`RosterFile`]).
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field.
pub fn parse_roster(text: &str, staff: Vec<StaffMember>) -> Result<RosterFile, InputError> {
    let repr: RosterDraft = parse_one(text)?;
    repr.with_staff(staff).map_err(|e| located(".", &e.to_string()))
}

/// Reads a roster file whose members without a professional take the held staff member's with
/// the same id (what `POST /v1/plan` does on a service with `--staff`). Unlike
/// [`parse_roster`], the others held are not added: a roster plans the people it names. Gives
/// the version of the held staff when a member was filled from it.
///
/// # Errors
///
/// As [`parse_roster`]; a member without a professional whose id is not held.
pub fn parse_roster_held(text: &str, held: &HeldStaff) -> Result<(RosterFile, Option<String>), InputError> {
    let repr: RosterDraft = parse_one(text)?;
    let filled: Vec<StaffMember> =
        repr.unfilled().filter_map(|id| held.get(id).map(|p| StaffMember::new(id, (**p).clone()))).collect();
    let version = (!filled.is_empty()).then(|| held.version().to_owned());
    let roster = repr.with_staff(filled).map_err(|e| located(".", &e.to_string()))?;
    Ok((roster, version))
}

/// One line of a staff file as the importers write it: the id, the professional, and what the
/// importer read and left out.
#[cfg(feature = "import")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct StaffLine {
    /// The id: the hospital's own (`--ids`), or the source's (the first BIG number in a register
    /// answer, `Practitioner.id` in FHIR).
    pub id: String,
    /// The professional.
    pub professional: crate::input::professional::Professional,
    /// The source records read and left out, and why (they have no effect on any reserved
    /// procedure).
    pub skipped: Vec<crate::import::Skipped>,
    /// The source records that could not be placed (`{"path", "value", "message"}`): each left
    /// out its registration (a FHIR role: itself), except an unreadable register measure, kept
    /// as an unknown measure for its dates. `bevoegd import` exits 1 when any line has one.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::import::ImportErrorWire>"))]
    pub errors: Vec<crate::import::ImportError>,
}

/// How the importers read what the source leaves open: the caller's placement of register
/// measures, and what a registration known only from a FHIR role is worth.
///
/// ```
/// use bevoegd::big_register::{Measure, MeasureMap};
/// use bevoegd::fhir::RoleOnly;
/// use bevoegd::staff::ImportOptions;
///
/// let options = ImportOptions::default()
///     .measures(MeasureMap::new().with("Hello world", Measure::NoEffect))
///     .role_only(RoleOnly::Unconfirmed);
/// assert_eq!(options.role_only, RoleOnly::Unconfirmed);
/// ```
#[cfg(feature = "import")]
#[derive(Clone, PartialEq, Eq, Debug, Default)]
#[non_exhaustive]
pub struct ImportOptions {
    /// The caller's placement of register measure descriptions (`--measures FILE`).
    pub measures: crate::big_register::MeasureMap,
    /// What a registration known only from a FHIR role is worth (`--role-only`).
    pub role_only: crate::fhir::RoleOnly,
}

#[cfg(feature = "import")]
impl ImportOptions {
    /// These options with the caller's measure placement.
    #[must_use]
    pub fn measures(self, measures: crate::big_register::MeasureMap) -> ImportOptions {
        ImportOptions { measures, ..self }
    }

    /// These options with `role_only`.
    #[must_use]
    pub fn role_only(self, role_only: crate::fhir::RoleOnly) -> ImportOptions {
        ImportOptions { role_only, ..self }
    }
}

/// One line an importer writes: a staff line, or an error line for a record that could not be
/// placed, `{"error": {"path", "message"}}`.
#[cfg(feature = "import")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ImportLine {
    /// A person placed (boxed: a professional is large beside an error).
    Staff(Box<StaffLine>),
    /// A record that could not be placed.
    Error {
        /// Where in the source, and why.
        error: InputError,
    },
}

#[cfg(feature = "import")]
pub use importers::{IdMap, import_big_register, import_big_register_with, import_fhir, import_fhir_with};

#[cfg(feature = "import")]
mod importers {
    use std::collections::HashMap;

    use super::{ImportLine, ImportOptions, StaffLine};
    use crate::big_register::{Envelope, Response};
    use crate::fhir::{Bundle, BundleEntry, Resource, import_bundle_with};
    use crate::import::{ImportError, Imported};
    use crate::io::jsonl::{InputError, located, parse_one};
    use crate::types::date::Date;
    use serde_json::Value;

    /// The hospital's own ids for the sources' ids (`--ids FILE`: `source_id,staff_id`).
    pub type IdMap = HashMap<String, String>;

    fn error(path: String, message: String) -> ImportLine {
        ImportLine::Error { error: InputError { path, message } }
    }

    /// `outer` and a path inside it (`.` or empty: the value itself).
    fn join(outer: &str, inner: &str) -> String {
        match inner {
            "" | "." | "?" => outer.to_owned(),
            _ if outer.is_empty() || outer == "." => inner.to_owned(),
            _ if inner.starts_with('[') => format!("{outer}{inner}"),
            _ => format!("{outer}.{inner}"),
        }
    }

    /// An importer's error at `path` (the element's path from the document's root).
    fn placed(path: String, e: &ImportError) -> InputError {
        let message = if e.value.is_empty() { e.problem.to_string() } else { format!("`{}`: {}", e.value, e.problem) };
        InputError { path, message }
    }

    /// The lines for the people converted, each `(path of the record, its source id, the
    /// result)`: the id mapped through `ids` (a source id the map lacks is an error line), and
    /// each id at most once.
    fn lines(
        people: Vec<(String, Option<String>, Result<Imported, InputError>)>,
        ids: Option<&IdMap>,
    ) -> Vec<ImportLine> {
        let mut seen: HashMap<String, String> = HashMap::new();
        people
            .into_iter()
            .map(|(path, source_id, result)| {
                let imported = match result {
                    Ok(imported) => imported,
                    Err(error) => return ImportLine::Error { error },
                };
                let Some(source_id) = source_id.filter(|s| !s.is_empty()) else {
                    return error(join(&path, "id"), "the record has no id to name it by".to_owned());
                };
                let id = match ids {
                    None => source_id,
                    Some(map) => match map.get(&source_id) {
                        Some(id) => id.clone(),
                        None => {
                            return error(
                                path,
                                format!("the id `{}` is not in the `--ids` file", crate::text::quoted(&source_id)),
                            );
                        }
                    },
                };
                if let Some(first) = seen.insert(id.clone(), path.clone()) {
                    return error(path, format!("the id `{}` is also `{first}`'s", crate::text::quoted(&id)));
                }
                ImportLine::Staff(Box::new(StaffLine {
                    id,
                    professional: imported.professional,
                    skipped: imported.skipped,
                    errors: imported.errors,
                }))
            })
            .collect()
    }

    /// Converts a BIG-register `ListHcpApprox4` answer, as SOAP XML (its first non-blank character
    /// `<`) or in its JSON form, into staff lines, one per person in source order: the id is the
    /// BIG number of the person's first registration (mapped through `ids`); a person who cannot
    /// be placed is an error line naming the element (`ListHcpApprox4[i]....`). A document that
    /// does not parse at all is one error line.
    pub fn import_big_register(text: &str, looked_up_on: Date, ids: Option<&IdMap>) -> Vec<ImportLine> {
        import_big_register_with(text, looked_up_on, ids, &ImportOptions::default())
    }

    /// [`import_big_register`] with the caller's placement of measures
    /// ([`ImportOptions::measures`]). A register answer of the third version
    /// (`ListHcpApprox3`, specialisms with their dates) reads as well as the fourth.
    pub fn import_big_register_with(
        text: &str,
        looked_up_on: Date,
        ids: Option<&IdMap>,
        options: &ImportOptions,
    ) -> Vec<ImportLine> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let response: Response = if text.trim_start().starts_with('<') {
            match quick_xml::de::from_str::<Envelope>(text) {
                Ok(envelope) => envelope.body.result,
                Err(e) => return vec![error(".".to_owned(), format!("not a `ListHcpApprox4` SOAP answer: {e}"))],
            }
        } else {
            match parse_one(text) {
                Ok(r) => r,
                Err(e) => return vec![ImportLine::Error { error: e }],
            }
        };
        let people = response
            .people()
            .iter()
            .enumerate()
            .map(|(i, person)| {
                let path = format!("ListHcpApprox4[{i}]");
                // The register gives the number as a decimal, which may have lost its leading
                // zero: the id is the number as the professional carries it, 11 digits.
                let id = person.article_registration.items.first().map(|r| {
                    let raw = r.article_registration_number.as_str();
                    crate::import::big_number("", raw).map_or_else(|_| raw.trim().to_owned(), |n| n.to_string())
                });
                let result = person
                    .to_professional_with(looked_up_on, &options.measures)
                    .map_err(|e| placed(join(&path, &e.path), &e));
                (path, id, result)
            })
            .collect();
        lines(people, ids)
    }

    /// Converts FHIR R4 JSON into staff lines: a `Bundle`, a `Practitioner` or `PractitionerRole`
    /// resource, a JSON array of resources, or NDJSON (one resource per line, as a FHIR bulk
    /// export writes them). Resources not in a bundle are read as the entries of one, in order,
    /// and named so (`entry[i].resource`). One line per practitioner in source order, its id
    /// `Practitioner.id` (mapped through `ids`); a practitioner that cannot be placed, and a role
    /// that refers to no practitioner, are error lines naming the element.
    pub fn import_fhir(text: &str, looked_up_on: Date, ids: Option<&IdMap>) -> Vec<ImportLine> {
        import_fhir_with(text, looked_up_on, ids, &ImportOptions::default())
    }

    /// [`import_fhir`] with registrations known only from a role marked as
    /// [`ImportOptions::role_only`] says. Reads FHIR XML as well (its first non-blank character
    /// `<`: a `Bundle` or one resource), through [`xml_to_json`](crate::fhir::xml_to_json), with
    /// the same rules and paths. A resource that does not read as its type is an error line of its
    /// own; the others are read.
    pub fn import_fhir_with(
        text: &str,
        looked_up_on: Date,
        ids: Option<&IdMap>,
        options: &ImportOptions,
    ) -> Vec<ImportLine> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (bundle, unread) = match read_fhir(text) {
            Ok(read) => read,
            Err(e) => return vec![ImportLine::Error { error: e }],
        };
        let mut out: Vec<ImportLine> = unread.into_iter().map(|error| ImportLine::Error { error }).collect();
        // Where each practitioner is, by id (the first of an id), found once for all.
        let mut entry_of: HashMap<&str, usize> = HashMap::new();
        for (i, e) in bundle.entry.iter().enumerate() {
            if let Resource::Practitioner(r) = &e.resource
                && let Some(id) = r.id.as_deref()
            {
                entry_of.entry(id).or_insert(i);
            }
        }
        let people = import_bundle_with(&bundle, looked_up_on, options.role_only)
            .into_iter()
            .map(|p| {
                let at = p.id.as_deref().and_then(|id| entry_of.get(id).copied());
                let path = at.map(|i| format!("entry[{i}].resource")).unwrap_or_default();
                // The importer names the element from the bundle's root.
                let result = p.result.map_err(|e| placed(e.path.clone(), &e));
                (path, p.id, result)
            })
            .collect();
        out.extend(lines(people, ids));
        out
    }

    /// A bundle from any of the accepted forms, and an error for each resource that does not read
    /// as its type (left out of the bundle).
    fn read_fhir(text: &str) -> Result<(Bundle, Vec<InputError>), InputError> {
        let values = if text.trim_start().starts_with('<') {
            let json = crate::fhir::xml_to_json(text)
                .map_err(|e| InputError { path: ".".to_owned(), message: e.to_string() })?;
            vec![json]
        } else {
            serde_json::Deserializer::from_str(text)
                .into_iter::<Value>()
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| InputError { path: ".".to_owned(), message: format!("not JSON: {e}") })?
        };
        let entries: Vec<(Option<String>, Value)> = match values.as_slice() {
            [] => {
                return Err(InputError { path: ".".to_owned(), message: "no FHIR resource in the input".to_owned() });
            }
            [Value::Array(items)] => items.iter().map(|v| (None, v.clone())).collect(),
            [one] if one.get("resourceType").and_then(Value::as_str) == Some("Bundle") => bundle_entries(one)?,
            _ => values.into_iter().map(|v| (None, v)).collect(),
        };
        let mut unread = Vec::new();
        let entry = entries
            .into_iter()
            .enumerate()
            .map(|(i, (full_url, v))| {
                let resource = resource_at(&format!("entry[{i}].resource"), v).unwrap_or_else(|e| {
                    unread.push(e);
                    Resource::Other
                });
                BundleEntry { full_url, resource }
            })
            .collect();
        Ok((Bundle { entry }, unread))
    }

    /// A bundle's entries: each one's `fullUrl` and resource.
    fn bundle_entries(bundle: &Value) -> Result<Vec<(Option<String>, Value)>, InputError> {
        let at = |path: String, message: &str| InputError { path, message: message.to_owned() };
        let entry = match bundle.get("entry") {
            None | Some(Value::Null) => return Ok(Vec::new()),
            Some(Value::Array(entry)) => entry,
            Some(_) => return Err(at("entry".to_owned(), "not an array")),
        };
        entry
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let url = match e.get("fullUrl") {
                    None | Some(Value::Null) => None,
                    Some(Value::String(url)) => Some(url.clone()),
                    Some(_) => return Err(at(format!("entry[{i}].fullUrl"), "not a string")),
                };
                let resource = e.get("resource").ok_or_else(|| at(format!("entry[{i}].resource"), "absent"))?;
                Ok((url, resource.clone()))
            })
            .collect()
    }

    /// One resource, read by its `resourceType` so that an error names the field inside it.
    fn resource_at(path: &str, mut v: Value) -> Result<Resource, InputError> {
        fn typed<T: serde::de::DeserializeOwned>(path: &str, v: Value) -> Result<T, InputError> {
            serde_path_to_error::deserialize(v)
                .map_err(|e| located(&join(path, &e.path().to_string()), &e.inner().to_string()))
        }
        let at = |path: String, message: &str| InputError { path, message: message.to_owned() };
        let kind = match v.as_object_mut().map(|o| o.remove("resourceType")) {
            None => return Err(at(path.to_owned(), "not a FHIR resource (a JSON object)")),
            Some(None) => return Err(at(join(path, "resourceType"), "absent: not a FHIR resource")),
            Some(Some(Value::String(kind))) => kind,
            Some(Some(_)) => return Err(at(join(path, "resourceType"), "not a string")),
        };
        match kind.as_str() {
            "Practitioner" => typed(path, v).map(Resource::Practitioner),
            "PractitionerRole" => typed(path, v).map(Resource::PractitionerRole),
            _ => Ok(Resource::Other),
        }
    }
}
