//! The JSON Schema (draft 2020-12) of the wire format (feature `schema`), generated from the same
//! types that parse it: `schemars` derives follow their serde attributes, and the few types with a
//! hand-written serde form (dates, codes, sets, facts) describe that form here, beside nothing
//! else. `bevoegd schema request|answer` prints them.
//!
//! ```
//! use bevoegd::schema::{schema, Which};
//!
//! let request = serde_json::to_value(schema(Which::Request))?;
//! assert_eq!(request["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert!(request["required"].as_array().is_some_and(|r| r.contains(&"procedure".into())));
//! // The person: the professional inline, or a held staff member's id.
//! assert!(request["properties"]["professional"].is_object() && request["properties"]["staff_id"].is_object());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::input::professional::BigNumber;
use crate::io::wire::{AuditRecord, RequestForm, WhoMayAnswer, WhoMayRequest};
use crate::plan::roster_file::{RosterAnswer, RosterDraft, StaffMember};
use crate::types::date::Date;
use crate::types::facts::{CaseFact, CaseFactSet, CaseFacts, DrugClass, DrugSet, FactValue, Technique, TechniqueSet};
use crate::types::procedure::{Act, Procedure, ProcedureSet};
use crate::types::subdomain::{SUBDOMAIN_MAX_LEN, Subdomain};

/// Which schema.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Which {
    /// A request, as `bevoegd decide` and `POST /v1/decide` read it (the professional inline,
    /// or a held staff member's `staff_id`).
    Request,
    /// An answer: the audit record.
    Answer,
    /// A roster file, as `bevoegd plan` and `POST /v1/plan` read it.
    Roster,
    /// The answer to a roster file: plan, gaps and labels.
    Plan,
    /// One member of a staff file (a line of JSON Lines, or an item of a JSON array).
    Staff,
    /// A who-may question, as `POST /v1/who-may` reads it.
    WhoMay,
    /// The answer to a who-may question (`POST /v1/who-may`, `bevoegd who-may`).
    WhoMayAnswer,
    /// A hospital's mapping from qualification codes to competences (`bevoegd import
    /// qualifications --mapping`; feature `qualifications`).
    #[cfg(feature = "qualifications")]
    QualificationMapping,
    /// An error line of `bevoegd import qualifications` (feature `qualifications`).
    #[cfg(feature = "qualifications")]
    QualificationError,
    /// One line `bevoegd import` and `POST /v1/import/...` write: a staff line or an error line
    /// (feature `import`).
    #[cfg(feature = "import")]
    Import,
    /// A test case, as `bevoegd test` reads it (`bevoegd::cases::Case`).
    Case,
}

/// The schema, draft 2020-12: of what parses for a request, of what is written for an answer.
pub fn schema(which: Which) -> Schema {
    let reading = || schemars::generate::SchemaSettings::draft2020_12().for_deserialize().into_generator();
    let writing = || schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
    match which {
        Which::Request => reading().into_root_schema_for::<RequestForm>(),
        Which::Answer => writing().into_root_schema_for::<AuditRecord>(),
        Which::Roster => reading().into_root_schema_for::<RosterDraft>(),
        Which::Plan => writing().into_root_schema_for::<RosterAnswer>(),
        Which::Staff => reading().into_root_schema_for::<StaffMember>(),
        Which::WhoMay => reading().into_root_schema_for::<WhoMayRequest>(),
        Which::WhoMayAnswer => writing().into_root_schema_for::<WhoMayAnswer>(),
        #[cfg(feature = "qualifications")]
        Which::QualificationMapping => reading().into_root_schema_for::<crate::io::qualifications::Mapping>(),
        #[cfg(feature = "qualifications")]
        Which::QualificationError => writing().into_root_schema_for::<crate::io::qualifications::ErrorLine>(),
        #[cfg(feature = "import")]
        Which::Import => writing().into_root_schema_for::<crate::io::staff::ImportLine>(),
        Which::Case => reading().into_root_schema_for::<crate::io::cases::Case>(),
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A day, YYYY-MM-DD (years 1 to 9999; the day must exist).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl JsonSchema for Subdomain {
    fn schema_name() -> Cow<'static, str> {
        "Subdomain".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A subdomain code: lowercase ASCII letters, digits and `_`, starting with a letter.",
            "type": "string",
            "minLength": 1,
            "maxLength": SUBDOMAIN_MAX_LEN,
            "pattern": "^[a-z][a-z0-9_]*$"
        })
    }
}

impl JsonSchema for BigNumber {
    fn schema_name() -> Cow<'static, str> {
        "BigNumber".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "description": "A BIG number: exactly 11 digits.", "type": "string", "pattern": "^[0-9]{11}$" })
    }
}

impl JsonSchema for FactValue {
    fn schema_name() -> Cow<'static, str> {
        "FactValue".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "`true` established, `false` not established, `\"unknown\"` not known yet.",
            "oneOf": [{ "type": "boolean" }, { "const": "unknown" }]
        })
    }
}

impl JsonSchema for CaseFacts {
    fn schema_name() -> Cow<'static, str> {
        "CaseFacts".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<FactValue>();
        let mut properties = serde_json::Map::new();
        for fact in <CaseFact as strum::IntoEnumIterator>::iter() {
            properties.insert(<&str>::from(fact).to_owned(), value.clone().to_value());
        }
        json_schema!({
            "description": "Case facts; a fact left out is not established.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        })
    }
}

impl JsonSchema for Act {
    fn schema_name() -> Cow<'static, str> {
        "Act".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A reserved procedure, or `not_reserved` for an act art. 36 does not reserve.",
            "type": "string",
            "enum": Act::CODES
        })
    }
}

/// A set: its items' codes, each at most once.
fn set_of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    let items = generator.subschema_for::<T>();
    json_schema!({ "type": "array", "items": items, "uniqueItems": true })
}

macro_rules! set_schema {
    ($set:ty, $item:ty, $name:literal) => {
        impl JsonSchema for $set {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                set_of::<$item>(generator)
            }
        }
    };
}

set_schema!(ProcedureSet, Procedure, "ProcedureSet");
set_schema!(DrugSet, DrugClass, "DrugSet");
set_schema!(TechniqueSet, Technique, "TechniqueSet");
set_schema!(CaseFactSet, CaseFact, "CaseFactSet");

impl<T: JsonSchema> JsonSchema for crate::types::facts::Stated<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Stated{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let known = generator.subschema_for::<T>();
        json_schema!({
            "description": "A code, or `\"unknown\"`: not known yet (the answer names what would permit).",
            "oneOf": [known, { "const": "unknown" }]
        })
    }
}
